// Node only: last year's report of the same agency, among the open documents and the
// report files of the workspace folders.
//
// The lookup runs before every check, so it must not touch the disk on the hot path: the report
// files of each folder are listed once (lazily, on first need) and their titles read once, and
// both are kept until the client reports a file change (workspace/didChangeWatchedFiles). A
// client that cannot watch files gets a re-scan at most every RESCAN_MS instead; one that can
// still gets one every WATCHED_RESCAN_MS, for the changes it never reports (folders the user
// excluded from watching with files.watcherExclude, network drives).
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { FileChangeType, WatchKind, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { titleOf, type PriorYearFinder } from './analysis';
import type { PriorYearSource } from './server';

const REPORT_FILE = /\.(txt|md|markdown|ogi)$/i;
/**
 * What the client should watch: the report files the index holds, and the creation and deletion
 * of anything else, since a folder moved or deleted is reported as the folder alone.
 */
const WATCHERS = [
  { globPattern: '**/*.{txt,md,markdown,ogi}' },
  { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
];
const MAX_FILE = 2 * 1024 * 1024;
/** Bounds on the scan, so a huge workspace cannot stall checks. */
const MAX_ENTRIES = 5000;
const MAX_DEPTH = 6;
/**
 * Without file events, how old a folder's listing and the titles read may get before the next
 * lookup scans again: at most one scan per this many ms rather than one per check (a scan costs
 * 5–50 ms, more than the check itself). A file added, renamed or retitled on disk is therefore
 * seen up to this late. Overridable for tests only (OGI_REPORT_RESCAN_MS).
 */
const RESCAN_MS = Number(process.env.OGI_REPORT_RESCAN_MS ?? 10_000);
/**
 * With file events, how old a listing may get all the same: editors do not report changes in
 * folders excluded from watching, so those are seen up to this late rather than never.
 * Overridable for tests only (OGI_REPORT_WATCHED_RESCAN_MS).
 */
const WATCHED_RESCAN_MS = Number(process.env.OGI_REPORT_WATCHED_RESCAN_MS ?? 300_000);

type Title = { agency: string; year: number } | undefined;

/** What the lookup knows of one report file on disk. */
interface FileInfo {
  mtimeMs: number;
  size: number;
  title: Title;
  /** Scan in which the title was last confirmed (without file events, it is re-checked on the next scan). */
  scan: number;
  /** The whole text, once the file has been found as someone's prior year. */
  text?: string;
}

/** A folder's report files, sorted, as of one scan. */
interface Listing {
  files: Promise<string[]>;
  scan: number;
  at: number;
  /**
   * Titles read in an earlier scan than this are confirmed by a stat before use: this scan's
   * own number when the listing was renewed for its age, 0 when file events keep them current.
   */
  confirmFrom: number;
}

export function nodePriorYear(documents: TextDocuments<TextDocument>, folders: () => string[]): PriorYearSource {
  const openTitles = new Map<string, { version: number; title: Title }>();
  const files = new Map<string, FileInfo>();
  const listings = new Map<string, Listing>();
  let watched = false;
  let scans = 0;
  /**
   * File events handled so far: what was read while one arrived may predate it, so it is used
   * for that lookup but not kept.
   */
  let events = 0;

  const openTitle = (d: TextDocument): Title => {
    const cached = openTitles.get(d.uri);
    if (cached?.version === d.version) return cached.title;
    const title = titleOf(d.getText());
    openTitles.set(d.uri, { version: d.version, title });
    return title;
  };

  /** Paths of the open documents saved as files: their open text, not the file, counts. */
  const openFilePaths = () => new Set(documents.all().flatMap((d) => (d.uri.startsWith('file:') ? [URI.parse(d.uri).fsPath] : [])));

  /** The folder's report files: the last scan, unless it is out of date. */
  const listing = (root: string): Listing => {
    const known = listings.get(root);
    if (known && Date.now() - known.at < (watched ? WATCHED_RESCAN_MS : RESCAN_MS)) return known;
    // An event dropped the listing (or there was none yet): what is known of the files is current.
    const aged = known !== undefined || !watched;
    const scan = ++scans;
    const fresh: Listing = { files: reportFiles(root), scan, at: Date.now(), confirmFrom: aged ? scan : 0 };
    listings.set(root, fresh);
    return fresh;
  };

  /** Reads the file again only if its stat says it changed since it was last read. */
  const refresh = async (path: string, scan: number): Promise<FileInfo | undefined> => {
    const before = events;
    const info = await stat(path);
    const known = files.get(path);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) {
      known.scan = scan;
      return known;
    }
    const title = info.size > MAX_FILE ? undefined : titleOf((await readFile(path, 'utf8')).slice(0, 3000));
    const fresh: FileInfo = { mtimeMs: info.mtimeMs, size: info.size, title, scan };
    if (before === events) files.set(path, fresh);
    return fresh;
  };

  /** What is known of a file's title, when it needs no stat. */
  const knownTitle = (path: string, confirmFrom: number): FileInfo | undefined => {
    const known = files.get(path);
    return known && known.scan >= confirmFrom ? known : undefined;
  };

  /** A file's title when `knownTitle` has none: confirmed by a stat, read again if it changed. */
  const fileTitle = async (path: string, scan: number): Promise<Title> => {
    const before = events;
    try {
      return (await refresh(path, scan))?.title;
    } catch {
      // Unreadable or vanished: not a candidate until the next scan or event.
      if (before === events) files.set(path, { mtimeMs: NaN, size: NaN, title: undefined, scan });
      return undefined;
    }
  };

  /**
   * The found file's text, read once: with file events kept until one drops it; without, a
   * single stat per check tells whether it changed (then its title is read again too).
   */
  const fileText = async (path: string, scan: number, matches: (t: Title) => boolean): Promise<string | undefined> => {
    let info = files.get(path);
    if (!watched) {
      try {
        info = await refresh(path, scan);
      } catch {
        files.delete(path);
        return undefined;
      }
    }
    if (!info || !matches(info.title)) return undefined;
    if (info.text !== undefined) return info.text;
    const before = events;
    try {
      const text = await readFile(path, 'utf8');
      if (before === events) info.text = text;
      return text;
    } catch {
      files.delete(path);
      return undefined;
    }
  };

  const find: PriorYearFinder = async (agency, year, exceptUri) => {
    const matches = (t: Title) => t !== undefined && t.agency === agency && t.year === year;
    // Open documents come first: they are what the user sees, saved or not.
    for (const d of documents.all()) if (d.uri !== exceptUri && matches(openTitle(d))) return d.getText();
    const openPaths = openFilePaths();
    const except = exceptUri.startsWith('file:') ? URI.parse(exceptUri).fsPath : undefined;
    for (const folder of folders()) {
      if (!folder.startsWith('file:')) continue;
      const { files: listed, scan, confirmFrom } = listing(URI.parse(folder).fsPath);
      for (const path of await listed) {
        if (path === except || openPaths.has(path)) continue;
        // Known titles are tested without an await: a folder of 1,000 reports is walked per check.
        const known = knownTitle(path, confirmFrom);
        const title = known ? known.title : await fileTitle(path, scan);
        if (!matches(title)) continue;
        const text = await fileText(path, scan, matches);
        if (text !== undefined) return text;
      }
    }
    return undefined;
  };

  /** Every root whose listing may hold `path`: scanned again on next need. */
  const relist = (path: string) => {
    for (const root of listings.keys()) if (path === root || path.startsWith(root + sep)) listings.delete(root);
  };

  /** Forgets `path` and, if it was a folder, everything known under it. True if anything was known. */
  const forget = (path: string, withChildren: boolean): boolean => {
    let dropped = files.delete(path);
    if (withChildren) for (const known of [...files.keys()]) if (known.startsWith(path + sep) && files.delete(known)) dropped = true;
    return dropped;
  };

  /** Whether the scan of some workspace folder would go there (not hidden, not node_modules). */
  const scanned = (path: string): boolean =>
    folders().some((folder) => {
      if (!folder.startsWith('file:')) return false;
      const root = URI.parse(folder).fsPath;
      if (path !== root && !path.startsWith(root + sep)) return false;
      return !relative(root, path).split(sep).some((part) => part.startsWith('.') || part === 'node_modules');
    });

  const filesChanged = async (changes: FileEvent[]): Promise<boolean> => {
    events++;
    let relevant = false;
    const open = openFilePaths();
    for (const change of changes) {
      if (!change.uri.startsWith('file:')) continue;
      const path = URI.parse(change.uri).fsPath;
      // Forgotten all the same: a folder may have been moved to or from a hidden one.
      const counts = scanned(path);
      if (REPORT_FILE.test(basename(path))) {
        forget(path, change.type !== FileChangeType.Changed);
        // Created or deleted: the listing is out of date. Changed: only what was read of it.
        if (change.type !== FileChangeType.Changed) relist(path);
        // An open document's file on disk never counts (the open text does), so saving it
        // needs no new check of the others.
        if (counts && !open.has(path)) relevant = true;
      } else if (change.type === FileChangeType.Deleted) {
        // Only the folder is reported when a folder goes, not the files in it.
        if (forget(path, true)) {
          relist(path);
          relevant = true;
        }
      } else if (change.type === FileChangeType.Created) {
        // Likewise a folder moved or copied in: only the folder is reported.
        forget(path, true);
        if (counts && (await isDirectory(path))) {
          relist(path);
          relevant = true;
        }
      }
    }
    return relevant;
  };

  return {
    find,
    watchers: WATCHERS,
    watching: () => {
      watched = true;
    },
    filesChanged,
  };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function reportFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  let seen = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || seen > MAX_ENTRIES) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (++seen > MAX_ENTRIES) return;
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile() && REPORT_FILE.test(e.name)) found.push(path);
    }
  };
  await walk(root, 0);
  return found.sort();
}

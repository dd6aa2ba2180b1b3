// Node only: last year's report of the same agency, among the open documents and the
// report files of the workspace folders.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { titleOf, type PriorYearFinder } from './analysis';

const REPORT_FILE = /\.(txt|md|markdown|ogi)$/i;
const MAX_FILE = 2 * 1024 * 1024;
/** Bounds on the scan, so a huge workspace cannot stall checks. */
const MAX_ENTRIES = 5000;
const MAX_DEPTH = 6;

type Title = { agency: string; year: number } | undefined;

export function nodePriorYear(documents: TextDocuments<TextDocument>, folders: () => string[]): PriorYearFinder {
  const openTitles = new Map<string, { version: number; title: Title }>();
  const fileTitles = new Map<string, { mtimeMs: number; title: Title }>();

  const openTitle = (d: TextDocument): Title => {
    const cached = openTitles.get(d.uri);
    if (cached?.version === d.version) return cached.title;
    const title = titleOf(d.getText());
    openTitles.set(d.uri, { version: d.version, title });
    return title;
  };

  const fileTitle = async (path: string): Promise<Title> => {
    const info = await stat(path);
    if (info.size > MAX_FILE) return undefined;
    const cached = fileTitles.get(path);
    if (cached?.mtimeMs === info.mtimeMs) return cached.title;
    const title = titleOf((await readFile(path, 'utf8')).slice(0, 3000));
    fileTitles.set(path, { mtimeMs: info.mtimeMs, title });
    return title;
  };

  return async (agency, year, exceptUri) => {
    const matches = (t: Title) => t !== undefined && t.agency === agency && t.year === year;
    const openPaths = new Set<string>();
    for (const d of documents.all()) {
      if (d.uri.startsWith('file:')) openPaths.add(URI.parse(d.uri).fsPath);
      if (d.uri !== exceptUri && matches(openTitle(d))) return d.getText();
    }
    const except = exceptUri.startsWith('file:') ? URI.parse(exceptUri).fsPath : undefined;
    for (const folder of folders()) {
      if (!folder.startsWith('file:')) continue;
      for (const path of await reportFiles(URI.parse(folder).fsPath)) {
        if (path === except || openPaths.has(path)) continue;
        try {
          if (matches(await fileTitle(path))) return await readFile(path, 'utf8');
        } catch {
          // Unreadable or vanished: not a candidate.
        }
      }
    }
    return undefined;
  };
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

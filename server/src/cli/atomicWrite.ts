// Replaces a file's content all at once: write a temp file beside it, fsync, rename over.
// A failure at any step leaves the original file as it was and removes the temp file.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The part of node:fs used here, injectable so tests can make a write fail half-way. */
export interface WriteFs {
  openSync(p: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  fchmodSync(fd: number, mode: number): void;
  fchownSync(fd: number, uid: number, gid: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(p: string): void;
}

/** What the new file keeps of the old one. */
export interface KeptAttributes {
  mode: number;
  uid?: number;
  gid?: number;
}

export function writeFileAtomic(target: string, data: Uint8Array, keep: KeptAttributes, fs: WriteFs = nodeFs): void {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.ogi-report-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  // 'wx': never follow or clobber something already at the temp name.
  const fd = fs.openSync(temp, 'wx', 0o600);
  let closed = false;
  let renamed = false;
  try {
    let written = 0;
    while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
    if (keep.uid !== undefined && keep.gid !== undefined) {
      try {
        fs.fchownSync(fd, keep.uid, keep.gid);
      } catch {
        // Only root may give a file away; others keep their own ownership, which is fine.
      }
    }
    fs.fchmodSync(fd, keep.mode & 0o7777);
    fs.fsyncSync(fd);
    closed = true;
    fs.closeSync(fd);
    fs.renameSync(temp, target);
    renamed = true;
  } finally {
    if (!renamed) {
      if (!closed) {
        try {
          fs.closeSync(fd);
        } catch {
          // the error that brought us here matters more
        }
      }
      try {
        fs.unlinkSync(temp);
      } catch {
        // nothing to clean up
      }
    }
  }
  syncDirectory(dir);
}

/** Makes the rename itself durable; not possible on every platform, so best effort. */
function syncDirectory(dir: string): void {
  try {
    const fd = nodeFs.openSync(dir, 'r');
    try {
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
  } catch {
    // e.g. Windows cannot open a directory
  }
}

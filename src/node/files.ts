import { constants } from "node:fs";
import { access, open, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ok, type Result } from "../result.js";
import { LIMITS, formatMiB } from "../workbook/limits.js";
import { fileFailed, type FileError } from "./file-error.js";

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Reads an input file (a workbook), refusing what is not a regular file or is over the reader's size limit before a
 * byte is read: a 2 GB file is refused at once, not after filling memory.
 */
export async function readInputFile(path: string): Promise<Result<Uint8Array, FileError>> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return fileFailed("not_a_file", path);
    size = s.size;
  } catch {
    return fileFailed("file_not_found", path);
  }
  if (size > LIMITS.maxFileBytes) return fileFailed("file_too_large", path, formatMiB(size));
  try {
    return ok(new Uint8Array(await readFile(path)));
  } catch (e) {
    return fileFailed("file_unreadable", path, reason(e));
  }
}

export interface WriteOutputOptions {
  /** Replace a file already at `path`; without it an existing file is never touched (file_exists). */
  readonly overwrite?: boolean;
}

/**
 * Writes an output file atomically: to a temporary file beside it (created exclusively, so nothing of someone else's
 * is written over), flushed, then renamed over `path`, so a failure leaves nothing half-written. An existing file at
 * `path` is refused unless `overwrite`.
 */
export async function writeOutputFile(
  path: string,
  bytes: Uint8Array,
  options: WriteOutputOptions = {},
): Promise<Result<void, FileError>> {
  if (!options.overwrite && (await exists(path))) return fileFailed("file_exists", path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let created = false;
  try {
    const fh = await open(tmp, "wx");
    created = true;
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
    return ok(undefined);
  } catch (e) {
    // Only our own temporary file is removed: one that was there before (open "wx" refused it) is left alone.
    if (created) await rm(tmp, { force: true });
    return fileFailed("file_unwritable", path, reason(e));
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false; // access() failing is the answer here: the path does not exist
  }
}

import { constants } from "node:fs";
import { access, open, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { LIMITS, formatMiB } from "../workbook/limits.js";
import { UsageError } from "./errors.js";

/** Reads an input file, refusing what is not a regular file or too large before reading it. */
export async function readInput(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new UsageError(`“${path}”不是文件。`);
    size = s.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`找不到文件“${path}”。`);
  }
  if (size > LIMITS.maxFileBytes) {
    throw new UsageError(`文件太大（${formatMiB(size)}），超过本程序的处理上限 ${formatMiB(LIMITS.maxFileBytes)}；请删去无关的工作表或把台账拆分后再试。`);
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new UsageError(`无法读取文件“${path}”：${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Writes an output file atomically: to a temporary file beside it, then renamed over, so a
 * failure leaves nothing half-written. Refuses to replace an existing file unless `force`.
 */
export async function writeOutput(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  if (!force && (await exists(path))) throw new UsageError(`输出文件“${path}”已存在；如要覆盖，请加 --force。`);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fh = await open(tmp, "wx");
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new UsageError(`无法写入“${path}”：${e instanceof Error ? e.message : String(e)}`);
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

import { readInputFile, writeOutputFile } from "../node/files.js";
import { fileErrorMessage } from "../node/messages/index.js";
import type { Locale } from "../findings/messages/index.js";
import { UsageError } from "./errors.js";

/** Reads an input file (union-ledger/node's readInputFile); one that cannot be read is a UsageError (exit code 2). */
export async function readInput(path: string, locale: Locale = "zh-CN"): Promise<Uint8Array> {
  const read = await readInputFile(path);
  if (!read.ok) throw new UsageError(fileErrorMessage(read.error, locale));
  return read.value;
}

/**
 * Writes an output file atomically (union-ledger/node's writeOutputFile), refusing to replace an existing file
 * unless `force`, and saying which flag does.
 */
export async function writeOutput(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const written = await writeOutputFile(path, bytes, { overwrite: force });
  if (written.ok) return;
  throw new UsageError(
    written.error.code === "file_exists"
      ? `输出文件“${path}”已存在；如要覆盖，请加 --force。`
      : fileErrorMessage(written.error),
  );
}

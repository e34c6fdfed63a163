import { createHash } from "node:crypto";
import { basename } from "node:path";
import { analyzeBytes, type AnalyzeOptions } from "../index.js";
import type { AnalyzedWorkbook } from "../report/source.js";
import { ok, type Result } from "../result.js";
import type { InputError } from "../workbook/input-error.js";
import type { FileError } from "./file-error.js";
import { readInputFile } from "./files.js";
import { NODE_ZIP } from "./node-inflate.js";

/** A workbook file analysed: where it was read from, and what `reportSource` needs (its name, hash and analysis). */
export interface AnalyzedFile extends AnalyzedWorkbook {
  readonly path: string;
}

/**
 * A workbook file → findings and totals: read with readInputFile's checks, unpacked with Node's zlib, and analysed
 * as `analyzeBytes` does (the same stages for `onStage`, "read" first). A file that cannot be read is a FileError,
 * one that cannot be used as a ledger an InputError (`errorMessage` words both).
 */
export async function analyzeFile(
  path: string,
  options: AnalyzeOptions = {},
): Promise<Result<AnalyzedFile, FileError | InputError>> {
  options.onStage?.("read");
  const read = await readInputFile(path);
  if (!read.ok) return read;
  const analysed = await analyzeBytes(read.value, { ...options, ...NODE_ZIP });
  if (!analysed.ok) return analysed;
  const sha256 = createHash("sha256").update(read.value).digest("hex");
  return ok({ path, fileName: basename(path), sha256, analysis: analysed.value });
}

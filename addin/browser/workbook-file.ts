import { analyzeBytes, ok, type AnalyzedWorkbook, type InputError, type Result } from "union-ledger";
import { sha256Hex } from "./crypto.js";

/** A workbook the clerk chose, read in the browser: nothing is uploaded. */
export type LoadedWorkbook = AnalyzedWorkbook;

/**
 * A file the clerk picked or dropped → its analysis, or the input error (the views word it with inputErrorMessage).
 * The core's reader loads on first use (union-ledger's analyzeBytes, a lazy chunk), so a pane that never opens a
 * file never downloads it.
 */
export async function analyzePickedFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<Result<LoadedWorkbook, InputError>> {
  const result = await analyzeBytes(bytes);
  if (!result.ok) return result;
  return ok({ fileName, sha256: await sha256Hex(bytes), analysis: result.value });
}

/** A File from a picker or a drop → its bytes. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

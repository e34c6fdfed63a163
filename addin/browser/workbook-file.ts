import type { Analysis } from "../../src/analyze.js";
import type { Locale } from "../../src/findings/messages/index.js";
import { inputErrorMessage } from "../../src/workbook/input-error.js";
import type { WorkbookSource } from "../../src/workbook/source/source.js";
import { sha256Hex } from "./crypto.js";

/** A workbook the clerk chose, read in the browser: nothing is uploaded. */
export interface LoadedWorkbook {
  readonly fileName: string;
  readonly sha256: string;
  readonly analysis: Analysis;
}

export type LoadResult = { readonly ok: true; readonly value: LoadedWorkbook } | { readonly ok: false; readonly message: string };

/**
 * Bytes → analysis. The core's reader (and exceljs behind it) is imported on first use, so a pane
 * that never opens a file never downloads it (webpack makes it a lazy chunk).
 */
export async function analyzeFile(fileName: string, bytes: Uint8Array, locale: Locale): Promise<LoadResult> {
  const { analyzeBytes } = await import(/* webpackChunkName: "reader" */ "../../src/analyze.js");
  const result = await analyzeBytes(bytes);
  if (!result.ok) return { ok: false, message: inputErrorMessage(result.error, locale) };
  return { ok: true, value: { fileName, sha256: await sha256Hex(bytes), analysis: result.value } };
}

/** A workbook Office.js read (the Excel pane) → analysis; same core, no file involved. */
export async function analyzeSource(source: WorkbookSource, locale: Locale): Promise<{ ok: true; value: Analysis } | { ok: false; message: string }> {
  const { analyzeWorkbook } = await import(/* webpackChunkName: "rules" */ "../../src/analyze.js");
  const result = analyzeWorkbook(source);
  return result.ok ? result : { ok: false, message: inputErrorMessage(result.error, locale) };
}

/** A File from a picker or a drop → its bytes. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

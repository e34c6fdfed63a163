import { ok, type InputError, type Result } from "union-ledger";
import { pane } from "./worker/pane.js";
import { PaneWorkerError, type JobContext } from "./worker/pane-client.js";
import type { PaneWorkbook } from "./worker/protocol.js";
import type { WorkbookCells } from "./workbook-cells.js";

/** A workbook the clerk chose, read in the pane's worker: nothing is uploaded. */
export type LoadedWorkbook = PaneWorkbook;

/** The bytes of the workbooks the views hold, by key: read again if a cancelled job took the worker with it. */
const kept = new Map<number, { readonly fileName: string; readonly bytes: Uint8Array; generation: number }>();
let nextKey = 1;

async function analyzeKept(key: number, ctx: JobContext): Promise<Result<LoadedWorkbook, InputError>> {
  const k = kept.get(key);
  if (!k) throw new PaneWorkerError(`no workbook ${key}`);
  // A copy is transferred (moved, not cloned) to the worker; the pane keeps its own bytes for a restarted worker.
  const bytes = k.bytes.slice().buffer;
  const r = await pane.run("analyze", { key, fileName: k.fileName, bytes, now: Date.now() }, ctx, [bytes]);
  if (r === "unknown-key") throw new PaneWorkerError("unexpected answer");
  k.generation = pane.generation;
  return r;
}

/**
 * A file the clerk picked or dropped → what the views show of its analysis, or the input error (the views word it
 * with inputErrorMessage). Read, checked and kept in the pane's worker, so the page never freezes; cancelled by
 * `ctx.signal` (an AbortError), leaving nothing behind.
 */
export async function analyzePickedFile(
  fileName: string,
  bytes: Uint8Array,
  ctx: JobContext = {},
): Promise<Result<LoadedWorkbook, InputError>> {
  const key = nextKey++;
  kept.set(key, { fileName, bytes, generation: 0 });
  try {
    const r = await analyzeKept(key, ctx);
    if (!r.ok) kept.delete(key);
    // Only the newest workbook is shown; the one before it may still be on screen while this one is read.
    for (const old of kept.keys()) if (old < key - 1) kept.delete(old);
    return r.ok ? ok(r.value) : r;
  } catch (e) {
    kept.delete(key);
    throw e;
  }
}

/**
 * The open workbook's cells (the Excel pane's Office.js read) → the same summary, checked in the pane's worker.
 * The cells are cloned to it (plain data, nothing to transfer); nothing is kept: the Excel pane writes no report.
 */
export async function analyzeWorkbookCells(
  cells: WorkbookCells,
  ctx: JobContext = {},
): Promise<Result<LoadedWorkbook, InputError>> {
  const r = await pane.run("analyze-cells", { key: nextKey++, cells, now: Date.now() }, ctx);
  if (r === "unknown-key") throw new PaneWorkerError("unexpected answer");
  return r;
}

/**
 * Makes sure the worker (perhaps a new one after a cancel) holds this workbook's analysis; `again` when the worker
 * said it has not.
 */
export async function ensureInWorker(w: LoadedWorkbook, ctx: JobContext, again = false): Promise<void> {
  if (!again && kept.get(w.key)?.generation === pane.generation) return;
  const r = await analyzeKept(w.key, ctx);
  if (!r.ok) throw new PaneWorkerError("the workbook could not be read again");
}

/** A File from a picker or a drop → its bytes (the 读取 stage). */
export async function fileBytes(file: Blob, ctx: JobContext = {}): Promise<Uint8Array> {
  ctx.progress?.({ stage: "read" });
  return new Uint8Array(await file.arrayBuffer());
}

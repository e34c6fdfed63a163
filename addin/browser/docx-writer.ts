import type { Fragment, LinkRecord, WrittenReport } from "union-ledger";
import { ensureInWorker, type LoadedWorkbook } from "./workbook-file.js";
import { pane } from "./worker/pane.js";
import { PaneWorkerError, type JobContext } from "./worker/pane-client.js";

/** Runs a job on the workbook's analysis in the worker, reading the workbook again once if the worker lost it. */
async function inWorker<T>(w: LoadedWorkbook, ctx: JobContext, job: () => Promise<T | "unknown-key">): Promise<T> {
  await ensureInWorker(w, ctx);
  const first = await job();
  if (first !== "unknown-key") return first;
  await ensureInWorker(w, ctx, true);
  const second = await job();
  if (second === "unknown-key") throw new PaneWorkerError("the pane's worker lost the workbook");
  return second;
}

/**
 * The report .docx (standalone download, Word insert) and its link, written in the pane's worker from the analysis
 * it holds (the charts drawn here, one task each); the 落款's date and the link's time are now's.
 */
export async function reportDocx(
  w: LoadedWorkbook,
  acknowledgement?: string,
  ctx: JobContext = {},
): Promise<WrittenReport> {
  const ask = { key: w.key, now: Date.now(), ...(acknowledgement ? { acknowledgement } : {}) };
  return inWorker(w, ctx, () => pane.run("docx", ask, ctx));
}

/**
 * Per-control fragments and the new link (Word refresh), written in the worker as reportDocx is; the acknowledgement
 * goes into page 1's notice as in reportDocx (the link's copy is the caller's).
 */
export async function reportFragments(
  w: LoadedWorkbook,
  acknowledgement?: string,
  ctx: JobContext = {},
): Promise<{ fragments: Map<string, Fragment>; link: LinkRecord }> {
  const ask = { key: w.key, now: Date.now(), ...(acknowledgement ? { acknowledgement } : {}) };
  return inWorker(w, ctx, () => pane.run("fragments", ask, ctx));
}

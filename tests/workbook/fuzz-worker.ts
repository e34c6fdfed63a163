/**
 * The worker thread of tests/workbook/fuzz.test.ts: builds the same case list as the test (from the
 * PRNG seed), and for each case id it is sent makes the bytes and reads them through `readCase`,
 * answering with what came out. The test gives it a heap limit and a wall-time limit per case, and
 * replaces it when it hangs or dies.
 */
import { readFileSync } from "node:fs";
import { isMainThread, parentPort, workerData, type MessagePort } from "node:worker_threads";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { NODE_ZIP } from "../../src/node/node-inflate.js";
import type { Finding } from "../../src/findings/finding.js";
import type { Totals } from "../../src/totals/totals.js";
import { fuzzCases, type FuzzCase, type Place } from "../fixtures-hand/mutate.js";

/** The filled example ledger every case mutates. */
export const SEED_WORKBOOK = new URL("../../templates/example-2024.xlsx", import.meta.url);

export interface CaseRefused {
  readonly refused: string;
  readonly detail?: string;
}
export interface CaseReadOk {
  readonly findings: readonly Finding[];
  readonly totals: Totals;
}
export type CaseRead = CaseRefused | CaseReadOk;

/**
 * The one call into the reader and the analysis (keep it the only one: the reader's options may
 * be renamed). Bytes → the input error's code (exit 2), or the findings and totals.
 */
export async function readCase(bytes: Uint8Array): Promise<CaseRead> {
  const r = await analyzeBytes(bytes, NODE_ZIP);
  if (!r.ok)
    return r.error.detail === undefined ? { refused: r.error.code } : { refused: r.error.code, detail: r.error.detail };
  return { findings: r.value.findings, totals: r.value.totals };
}

/** More findings than this are not sent back whole (a misread 300,000-row sheet). */
const MAX_SENT_FINDINGS = 2_000;

export type WorkerAnswer =
  | {
      readonly kind: "answered";
      readonly id: string;
      readonly makeMs: number;
      readonly readMs: number;
      /** The read, its findings cut to MAX_SENT_FINDINGS. */
      readonly read: CaseRead;
      readonly findingCount: number;
      /** For a case that requires a finding at a place: whether one of all the findings is there. */
      readonly placeHit: boolean;
    }
  | { readonly kind: "threw"; readonly id: string; readonly stage: "make" | "read"; readonly message: string };

export interface WorkerSetup {
  readonly role: typeof ROLE;
  readonly seed: number;
  readonly busy: readonly string[];
}

export const ROLE = "union-ledger:fuzz-worker";

export const findingAt = (f: Finding, p: Place): boolean =>
  f.sheet === p.sheet &&
  f.row !== undefined &&
  p.rows.includes(f.row) &&
  (p.cells === undefined || (f.cell !== undefined && p.cells.includes(f.cell)));

async function answer(c: FuzzCase): Promise<WorkerAnswer> {
  const t0 = performance.now();
  let bytes: Uint8Array;
  try {
    bytes = c.make();
  } catch (e) {
    return { kind: "threw", id: c.id, stage: "make", message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  const t1 = performance.now();
  let read: CaseRead;
  try {
    read = await readCase(bytes);
  } catch (e) {
    return { kind: "threw", id: c.id, stage: "read", message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  const readMs = performance.now() - t1;
  const place = c.required.kind === "refused-or-finding" ? c.required.place : undefined;
  if ("refused" in read)
    return { kind: "answered", id: c.id, makeMs: t1 - t0, readMs, read, findingCount: 0, placeHit: false };
  return {
    kind: "answered",
    id: c.id,
    makeMs: t1 - t0,
    readMs,
    read: { findings: read.findings.slice(0, MAX_SENT_FINDINGS), totals: read.totals },
    findingCount: read.findings.length,
    placeHit: place !== undefined && read.findings.some((f) => findingAt(f, place)),
  };
}

function serve(port: MessagePort, setup: WorkerSetup): void {
  const cases = new Map(
    fuzzCases(new Uint8Array(readFileSync(SEED_WORKBOOK)), setup.seed, new Set(setup.busy)).map((c) => [c.id, c]),
  );
  port.on("message", (m: { readonly id: string }) => {
    const c = cases.get(m.id);
    if (!c) {
      port.postMessage({ kind: "threw", id: m.id, stage: "make", message: `no case ${m.id}` } satisfies WorkerAnswer);
      return;
    }
    void answer(c).then((a) => port.postMessage(a));
  });
  port.postMessage({ ready: true });
}

const isSetup = (d: unknown): d is WorkerSetup =>
  typeof d === "object" && d !== null && (d as { role?: unknown }).role === ROLE;

if (!isMainThread && parentPort && isSetup(workerData)) serve(parentPort, workerData);

/**
 * The pane's worker: reading, checking and report writing off the main thread, so the pane never freezes
 * (issue 14). Built by webpack as one self-contained classic script (webpack.config.js, the "pane-worker" build) and
 * started from a blob: URL of its code (worker-source.ts), which works in the task pane and from file://.
 */
import {
  analyzeBytes,
  analyzeSource,
  chartPicture,
  CHART_HEIGHT,
  CHART_WIDTH,
  webInflate,
  type AnalyzedWorkbook,
  type ChartRenderer,
} from "union-ledger";
import { sha256Hex } from "../crypto.js";
import { cellsSource } from "../workbook-cells.js";
import { reportOf, reportText } from "../report-model.js";
import { reportDocx, reportFragments } from "../report-docx.js";
import type { PaneWorkbook, Progress, Reply, Request } from "./protocol.js";
import { KeptAnalyses } from "./kept-analyses.js";

/** The worker's side of postMessage (the addin's tsconfig has the DOM lib, not the webworker one). */
const scope = self as unknown as {
  postMessage(message: Reply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<Request>) => void) | null;
};
const post = (m: Reply, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

/** The chart pictures drawn at 2× on the main thread (chart-png.ts). */
const SCALE = 2;
/** Files from this size get a percentage while their parts are inflated. */
const PERCENT_FROM_BYTES = 512 * 1024;

const kept = new KeptAnalyses();
const waitingCharts = new Map<number, (png: Uint8Array) => void>();
let nextChart = 0;

/** Charts for one job: each is asked of the main thread, which draws it in a task of its own. */
function chartsFor(id: number, total: number): ChartRenderer {
  let drawn = 0;
  return {
    async render(spec) {
      const chart = nextChart++;
      const png = await new Promise<Uint8Array>((resolve) => {
        waitingCharts.set(chart, resolve);
        post({ id, kind: "chart", chart, spec });
      });
      drawn++;
      post({ id, kind: "progress", progress: { stage: "generate", percent: Math.round((100 * drawn) / total) } });
      return chartPicture(spec, png, CHART_WIDTH * SCALE, CHART_HEIGHT * SCALE);
    },
  };
}

async function analyze(r: Extract<Request, { kind: "analyze" }>): Promise<Reply> {
  const bytes = new Uint8Array(r.bytes);
  const progress = (p: Progress) => post({ id: r.id, kind: "progress", progress: p });
  const counted = bytes.length >= PERCENT_FROM_BYTES;
  const result = await analyzeBytes(bytes, {
    // The browser's own inflater where it has one (five to six times fflate's speed), fflate where not.
    ...(webInflate ? { inflateAsync: webInflate } : {}),
    onStage: (stage) =>
      progress({
        stage: stage === "check" ? "check" : "inflate",
        ...(counted && stage !== "check" ? { percent: 0 } : {}),
      }),
    ...(counted ? { onProgress: (f: number) => progress({ stage: "inflate", percent: Math.round(100 * f) }) } : {}),
  });
  if (!result.ok) return { id: r.id, kind: "done", value: result };
  const workbook = { fileName: r.fileName, sha256: await sha256Hex(bytes), analysis: result.value };
  kept.keep(r.key, workbook);
  return { id: r.id, kind: "done", value: { ok: true, value: await summary(r.key, workbook, r.now) } };
}

/**
 * The Excel pane's cells → the same summary. Nothing is kept: the Excel pane writes no report, and its workbook has
 * no file, so no name or hash (reportOf's "no file" case).
 */
async function analyzeCells(r: Extract<Request, { kind: "analyze-cells" }>): Promise<Reply> {
  const result = await analyzeSource(cellsSource(r.cells), {
    onStage: () => post({ id: r.id, kind: "progress", progress: { stage: "check" } }),
  });
  if (!result.ok) return { id: r.id, kind: "done", value: result };
  const workbook = { fileName: "", sha256: "", analysis: result.value };
  return { id: r.id, kind: "done", value: { ok: true, value: await summary(r.key, workbook, r.now) } };
}

/** What the views get of an analysis (protocol.ts, PaneAnalysis), with the report's plain text. */
async function summary(key: number, workbook: AnalyzedWorkbook, now: number): Promise<PaneWorkbook> {
  const { findings, tally, totals, profile, ledger } = workbook.analysis;
  return {
    key,
    fileName: workbook.fileName,
    sha256: workbook.sha256,
    analysis: { findings, tally, totals, profile, ledger: { info: ledger.info, template: ledger.template } },
    narrative: reportText(await reportOf(workbook, new Date(now))),
  };
}

async function write(r: Extract<Request, { kind: "docx" | "fragments" }>): Promise<Reply> {
  const workbook = kept.get(r.key);
  if (!workbook) return { id: r.id, kind: "unknown-key" };
  post({ id: r.id, kind: "progress", progress: { stage: "generate", percent: 0 } });
  // The clerk's reason for a report of a workbook with errors is written in page 1's notice (both kinds).
  const report = await reportOf(workbook, new Date(r.now), r.acknowledgement);
  const charts = chartsFor(
    r.id,
    Math.max(
      1,
      [...report.sections, ...report.appendices].flatMap((s) => s.blocks).filter((b) => b.kind === "chart").length,
    ),
  );
  return {
    id: r.id,
    kind: "done",
    value:
      r.kind === "docx" ? await reportDocx(report, charts, r.acknowledgement) : await reportFragments(report, charts),
  };
}

scope.onmessage = (e) => {
  const r = e.data;
  if (r.kind === "chart-png") {
    waitingCharts.get(r.chart)?.(new Uint8Array(r.png));
    waitingCharts.delete(r.chart);
    return;
  }
  (r.kind === "analyze" ? analyze(r) : r.kind === "analyze-cells" ? analyzeCells(r) : write(r))
    .then((reply) => post(reply, transferOf(reply)))
    .catch((err: unknown) =>
      post({ id: r.id, kind: "failed", message: err instanceof Error ? err.message : String(err) }),
    );
};

/** A written .docx goes back transferred, as the bytes came. */
function transferOf(reply: Reply): Transferable[] {
  if (reply.kind !== "done" || !("docx" in reply.value)) return [];
  return [reply.value.docx.buffer];
}

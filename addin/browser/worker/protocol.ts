import type { Analysis, ChartSpec, Fragment, InputError, LinkRecord, WrittenReport } from "union-ledger";
import type { WorkbookCells } from "../workbook-cells.js";

/** The steps a clerk sees: 读取 (the file's bytes), 解压 (the zip package), 检查 (the rules), 生成 (the report). */
export type Stage = "read" | "inflate" | "check" | "generate";

/** Where a job stands; a percentage only where the work can be counted (a large file's parts, the charts drawn). */
export interface Progress {
  readonly stage: Stage;
  readonly percent?: number;
}

/**
 * What the views get of an analysis. The whole Analysis stays in the worker: its ledger carries the layout's
 * formula functions, which structured clone refuses, and its rows are most of its size (1.4 MB and ~17 ms to clone
 * for 10,000 members). The report is written there from it; `key` names it.
 */
export interface PaneAnalysis {
  readonly findings: Analysis["findings"];
  readonly tally: Analysis["tally"];
  readonly totals: Analysis["totals"];
  readonly profile: Analysis["profile"];
  readonly ledger: Pick<Analysis["ledger"], "info" | "template">;
}

/** A workbook the clerk chose, as the views hold it. */
export interface PaneWorkbook {
  readonly key: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly analysis: PaneAnalysis;
  /** The report as plain text (what "copy" takes), written with the analysis. */
  readonly narrative: string;
}

/** Main thread → worker. `bytes` is transferred, never copied. */
export type Request =
  | {
      readonly id: number;
      readonly kind: "analyze";
      readonly key: number;
      readonly fileName: string;
      readonly bytes: ArrayBuffer;
      readonly now: number;
    }
  | {
      readonly id: number;
      /** The open workbook's cells, read by the Excel pane through Office.js (cloned: they are plain data). */
      readonly kind: "analyze-cells";
      readonly key: number;
      readonly cells: WorkbookCells;
      readonly now: number;
    }
  | {
      readonly id: number;
      readonly kind: "docx";
      readonly key: number;
      readonly acknowledgement?: string;
      readonly now: number;
    }
  | {
      readonly id: number;
      readonly kind: "fragments";
      readonly key: number;
      /** As for "docx": quoted in page 1's notice. */
      readonly acknowledgement?: string;
      readonly now: number;
    }
  | { readonly id: number; readonly kind: "chart-png"; readonly chart: number; readonly png: ArrayBuffer };

/** What each request kind answers. */
export interface Answers {
  readonly analyze:
    { readonly ok: true; readonly value: PaneWorkbook } | { readonly ok: false; readonly error: InputError };
  readonly "analyze-cells": Answers["analyze"];
  readonly docx: WrittenReport;
  readonly fragments: { readonly fragments: Map<string, Fragment>; readonly link: LinkRecord };
}

/** Worker → main thread. A chart is drawn on the main thread (ECharts needs a canvas and a document) on request. */
export type Reply =
  | { readonly id: number; readonly kind: "progress"; readonly progress: Progress }
  | { readonly id: number; readonly kind: "chart"; readonly chart: number; readonly spec: ChartSpec }
  | { readonly id: number; readonly kind: "done"; readonly value: Answers[keyof Answers] }
  | { readonly id: number; readonly kind: "unknown-key" }
  | { readonly id: number; readonly kind: "failed"; readonly message: string };

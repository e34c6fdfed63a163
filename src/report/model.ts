/**
 * The annual summary as data (narrative.md), kept apart from the writers: the CLI renders it with
 * the `docx` package, the Word add-in through Office.js, the standalone page with the same writer
 * as the CLI. Nothing here knows about files.
 */
import type { ChartSpec } from "../charts/spec.js";
import type { TotalPath } from "../totals/paths.js";

/** Where a number in the text came from: a path into Totals (checked by the compiler), or an arithmetic of such paths. */
export type Provenance =
  | { readonly kind: "total"; readonly path: TotalPath }
  | { readonly kind: "sum"; readonly paths: readonly TotalPath[] }
  | { readonly kind: "difference"; readonly of: Provenance; readonly minus: Provenance }
  | { readonly kind: "ratio"; readonly of: Provenance; readonly to: Provenance }
  | { readonly kind: "change"; readonly current: Provenance; readonly prior: Provenance }
  | { readonly kind: "count"; readonly what: string; readonly paths: readonly TotalPath[] }
  | { readonly kind: "findings"; readonly codes: readonly string[] }
  | { readonly kind: "offset"; readonly of: Provenance; readonly add: number }
  /** Roll-ups: how many units submitted, are missing, or have error findings. */
  | { readonly kind: "units"; readonly what: "submitted" | "missing" | "withErrors" };

/** A number as written in the text ("22.68万元", "98.5%", "120人次") with its value and source. */
export interface Figure {
  readonly kind: "figure";
  readonly text: string;
  /** The value the text shows, in the unit of its source (分 for money, a fraction for rates). */
  readonly value: number;
  readonly source: Provenance;
}

export interface TextRun {
  readonly kind: "text";
  readonly text: string;
}

export type Inline = TextRun | Figure;

export interface Paragraph {
  readonly kind: "paragraph";
  readonly runs: readonly Inline[];
}

/** Headings below a section title: （一） level 2, 1. level 3 (GB/T 9704 numbering). */
export interface Heading {
  readonly kind: "heading";
  readonly level: 2 | 3;
  readonly text: string;
}

export interface Table {
  readonly kind: "table";
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns aligned right (numbers). */
  readonly numeric: readonly number[];
}

export interface ChartBlock {
  readonly kind: "chart";
  readonly chart: ChartSpec;
}

export type Block = Paragraph | Heading | Table | ChartBlock;

/** A section lives in its own Word content control, tagged `union-ledger:<id>`. */
export interface Section {
  readonly id: string;
  /** The heading, numbered: "一、组织建设与会员管理"; empty for the opening. */
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface SourceRecord {
  readonly fileName: string;
  readonly sha256: string;
  readonly templateVersion: string | null;
  readonly generatedAt: string;
  readonly profileId: string;
}

export interface Report {
  readonly title: string;
  /** Shown on page 1 when the data has errors ("本总结依据的台账数据尚有N处错误…"). */
  readonly notice: Paragraph | null;
  readonly sections: readonly Section[];
  readonly appendices: readonly Section[];
  readonly source: SourceRecord;
  readonly unionName: string;
  readonly fiscalYear: number;
}

export const SECTION_TAG_PREFIX = "union-ledger:";
export const CHART_TAG_PREFIX = "union-ledger:chart:";
export const sectionTag = (id: string): string => `${SECTION_TAG_PREFIX}${id}`;
export const chartTag = (id: string): string => `${CHART_TAG_PREFIX}${id}`;

export const textOf = (p: Paragraph): string => p.runs.map((r) => r.text).join("");

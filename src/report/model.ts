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
  | { readonly kind: "units"; readonly what: "submitted" | "missing" | "withErrors" }
  /** The report's own 【请补充】 places, by id: what page 1's notice counts. */
  | { readonly kind: "placeholders"; readonly ids: readonly string[] };

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

/**
 * A place for what the ledger cannot know (党建引领, 厂务公开…): a marked prompt the chairman replaces
 * with the union's own words. It lives in a content control of its own (`fillTag`) that a refresh never
 * overwrites and a re-run carries over (docx/carry-fills.ts), so what was written there stays.
 */
export interface Placeholder {
  readonly kind: "placeholder";
  /** Stable across runs: the control's tag is `union-ledger:fill:<id>`. */
  readonly id: string;
  /** A short name of the place: the control's title in Word ("待补充：思想政治引领"). */
  readonly title: string;
  /** What to write, shown as 【请补充：prompt】. */
  readonly prompt: string;
}

export type Block = Paragraph | Heading | Table | ChartBlock | Placeholder;

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

/**
 * 落款 (GB/T 9704 7.3.5): the union's name and the date, as written under the body (before the appendices). Either
 * may be empty when the ledger does not know it; the writer then leaves that line out.
 */
export interface Signature {
  readonly name: string;
  /** As written: "2025年1月15日". */
  readonly date: string;
}

export interface Report {
  readonly title: string;
  /** Shown on page 1 when the data has errors ("本总结依据的台账数据尚有N处错误…"). */
  readonly notice: Paragraph | null;
  readonly sections: readonly Section[];
  readonly appendices: readonly Section[];
  /** The 落款 after the last section; null when the report has none (a roll-up's analysis). */
  readonly signature: Signature | null;
  readonly source: SourceRecord;
  readonly unionName: string;
  readonly fiscalYear: number;
}

export const SECTION_TAG_PREFIX = "union-ledger:";
export const CHART_TAG_PREFIX = "union-ledger:chart:";
export const FILL_TAG_PREFIX = "union-ledger:fill:";
export const sectionTag = (id: string): string => `${SECTION_TAG_PREFIX}${id}`;
export const chartTag = (id: string): string => `${CHART_TAG_PREFIX}${id}`;
export const fillTag = (id: string): string => `${FILL_TAG_PREFIX}${id}`;
/** A section's text after a placeholder: its own control, so the placeholder can sit between. */
export const continuationTag = (sectionId: string, afterPlaceholder: string): string =>
  `${SECTION_TAG_PREFIX}${sectionId}:after-${afterPlaceholder}`;
export const placeholderText = (p: Placeholder): string => `【请补充：${p.prompt}】`;
/** Every placeholder of the report's sections, in order. */
export const placeholdersOf = (sections: readonly Section[]): Placeholder[] =>
  sections.flatMap((s) => s.blocks.filter((b): b is Placeholder => b.kind === "placeholder"));

export const textOf = (p: Paragraph): string => p.runs.map((r) => r.text).join("");

import type { ListId } from "./lists.js";

/** A minor version of the version-1 template that added columns ("1.1"). */
export type TemplateMinor = `1.${number}`;

/** What a column holds; the reader parses, and the generator formats, by kind. */
export const ColumnKind = {
  text: "text",
  integer: "integer",
  money: "money",
  date: "date",
  option: "option",
  formula: "formula",
} as const;
export type ColumnKind = (typeof ColumnKind)[keyof typeof ColumnKind];

/** Cell references a row formula may use: the column letter of another column by key, and the row. */
export interface FormulaContext {
  readonly col: (key: string) => string;
  readonly row: number;
  /** The dues rate of the profile the template is made for, e.g. 0.005. */
  readonly duesRate: number;
  readonly duesTruncationYuan: number;
}

export interface ColumnSpec {
  readonly key: string;
  /** Exact header text of template-v1.md; the reader finds the column by it. */
  readonly header: string;
  readonly kind: ColumnKind;
  readonly required?: boolean;
  /** For `option` columns. */
  readonly list?: ListId;
  /** For money and integers: the smallest allowed value is 0, or 1 (`positive`). */
  readonly positive?: boolean;
  /** For integers: the largest allowed value (a month is 1–12). */
  readonly max?: number;
  /**
   * The template version that added the column. A workbook stamped with an earlier version (or
   * with none: a clerk's own) may lack it without `header_missing`, and the layout check places
   * the columns of its own version only.
   */
  readonly since?: TemplateMinor;
  /** The cell alone does not make a row non-empty (序号, formulas): template-v1.md reading rules. */
  readonly filler?: boolean;
  /** A date that must fall in 基本信息 年度 (`date_out_of_year`). */
  readonly inFiscalYear?: boolean;
  /** Values outside the list that a rule judges instead of `invalid_option`; all when `true`. */
  readonly otherValuesCheckedByRule?: true | readonly string[];
  readonly width: number;
  /** Input message shown when the clerk selects the cell. */
  readonly prompt: string;
  readonly formula?: (ctx: FormulaContext) => string;
}

export interface SheetSpec {
  readonly name: string;
  readonly title: string;
  readonly columns: readonly ColumnSpec[];
  /** Rows formatted and validated in the template. */
  readonly preparedRows: number;
}

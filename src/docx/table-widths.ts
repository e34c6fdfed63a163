import { ems, longestWord } from "./text-width.js";

/** What the widths are computed from: the table's text and which columns hold numbers. */
export interface TableText {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly numeric: readonly number[];
}

/** Sizes in twips: the table font's em (五号, 10.5 pt) and a cell's left and right margins (Word's 0.19 cm each). */
export interface TableMetrics {
  readonly em: number;
  readonly padding: number;
  readonly total: number;
}

/**
 * A text column narrower than this (in ems) is never wrapped: a sheet's name, a cell, a category keep one line and
 * the long columns (a finding's message) give way.
 */
const SHORT = 6;
/** Room for a fallback font whose digits and letters are wider than ½ em (Noto's are about 0.55). */
const SLACK = 1.12;

/** The narrowest a cell may be: a number whole (never broken inside or away from its unit), text down to SHORT ems. */
function minEms(text: string, number: boolean): number {
  const w = ems(text);
  return number ? w : Math.min(w, Math.max(SHORT, longestWord(text)));
}

/**
 * Column widths (twips) from the content, as a browser lays out an automatic table: every column gets what its
 * widest cell needs when that fits the text width (the rest shared in proportion); otherwise each column gets its
 * minimum and the rest goes to the columns that can use it, in proportion to how much more they would take. Numbers
 * are kept whole; only when even the minimums do not fit are all columns narrowed alike. The widths sum to `total`.
 */
export function columnWidths(t: TableText, m: TableMetrics): number[] {
  const cols = t.header.length;
  const lines = [t.header, ...t.rows];
  const twips = (e: number): number => e * m.em * SLACK + m.padding;
  const max = Array.from({ length: cols }, (_, i) => twips(Math.max(0, ...lines.map((r) => ems(r[i] ?? "")))));
  const min = Array.from({ length: cols }, (_, i) =>
    twips(Math.max(minEms(t.header[i] ?? "", false), ...t.rows.map((r) => minEms(r[i] ?? "", t.numeric.includes(i))))),
  );
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const [sumMax, sumMin] = [sum(max), sum(min)];
  let widths: number[];
  if (sumMax <= m.total) widths = max.map((w) => w + ((m.total - sumMax) * w) / sumMax);
  else if (sumMin <= m.total)
    widths = min.map((w, i) => w + ((m.total - sumMin) * ((max[i] ?? w) - w)) / (sumMax - sumMin));
  else widths = min.map((w) => (w * m.total) / sumMin);
  return rounded(widths, m.total);
}

/** Whole twips that still sum to `total`: the rounding error goes to the widest column. */
function rounded(widths: readonly number[], total: number): number[] {
  const out = widths.map((w) => Math.floor(w));
  const widest = out.indexOf(Math.max(...out));
  out[widest] = (out[widest] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}

import type { Figure, Inline, Paragraph, Provenance } from "../report/model.js";
import { totalAt, type CountPath, type MoneyPath, type TotalPath } from "../totals/paths.js";
import type { Totals } from "../totals/totals.js";
import { rateText } from "../totals/rate-text.js";
import { changeText, isLevel, moneyText, percentText, type CountUnit } from "./format.js";

/** What a figure's provenance is evaluated against. */
export interface FigureContext {
  readonly totals: Totals;
  readonly prior?: Totals;
  /** Count of findings by code. */
  readonly findingCounts: Readonly<Record<string, number>>;
  /** For a roll-up's report: counts of units. */
  readonly unitCounts?: Readonly<Record<"submitted" | "missing" | "withErrors", number>>;
}

/**
 * A ratio (a rate, a share) or a 同比 is a number only over a positive base: with nothing owed,
 * nothing spent or nothing last year there is no percentage to state. (A negative base comes only
 * from amounts the checks already flag as errors; a percentage of it would read backwards.)
 */
const isBase = (b: number): boolean => b > 0;

/**
 * The value a provenance stands for; undefined when a path is not in Totals (a bug), or when a
 * ratio or 同比 has no base (see isBase): sections ask `has`/`hasChange` before they write one.
 */
export function evaluate(p: Provenance, ctx: FigureContext, totals: Totals = ctx.totals): number | undefined {
  switch (p.kind) {
    case "total":
      return totalAt(totals, p.path);
    case "sum":
    case "count": {
      let s = 0;
      for (const path of p.paths) {
        const v = totalAt(totals, path);
        if (v === undefined) return undefined;
        s += p.kind === "count" ? (v === 0 ? 0 : 1) : v;
      }
      return s;
    }
    case "difference": {
      const a = evaluate(p.of, ctx, totals),
        b = evaluate(p.minus, ctx, totals);
      return a === undefined || b === undefined ? undefined : a - b;
    }
    case "ratio": {
      const a = evaluate(p.of, ctx, totals),
        b = evaluate(p.to, ctx, totals);
      return a === undefined || b === undefined || !isBase(b) ? undefined : a / b;
    }
    case "change": {
      if (!ctx.prior) return undefined;
      const a = evaluate(p.current, ctx, totals),
        b = evaluate(p.prior, ctx, ctx.prior);
      return a === undefined || b === undefined || !isBase(b) ? undefined : (a - b) / b;
    }
    case "findings":
      return p.codes.reduce((s, c) => s + (ctx.findingCounts[c] ?? 0), 0);
    case "units":
      return ctx.unitCounts?.[p.what];
    case "placeholders":
      return p.ids.length;
    case "offset": {
      const v = evaluate(p.of, ctx, totals);
      return v === undefined ? undefined : v + p.add;
    }
  }
}

const must = (v: number | undefined, p: Provenance): number => {
  if (v === undefined) throw new RangeError(`provenance does not resolve: ${JSON.stringify(p)}`);
  return v;
};

const totalOf = (source: Provenance | TotalPath): Provenance =>
  typeof source === "string" ? { kind: "total", path: source } : source;
const changeOf = (path: TotalPath): Provenance => ({
  kind: "change",
  current: { kind: "total", path },
  prior: { kind: "total", path },
});

/** `of` as a fraction of `to` (paths into Totals or provenances): a rate or a share. */
export const ratio = (of: Provenance | TotalPath, to: Provenance | TotalPath): Provenance => ({
  kind: "ratio",
  of: totalOf(of),
  to: totalOf(to),
});

/**
 * Builders of figures: the text is always made from the evaluated value, never typed in. A figure
 * whose source does not resolve is a bug (it throws): a sentence with a rate, a share or a 同比 is
 * written only when `has` / `hasChange` say there is one.
 */
export function figures(ctx: FigureContext) {
  const make = (source: Provenance, text: (v: number) => string): Figure => {
    const value = must(evaluate(source, ctx), source);
    return { kind: "figure", value, text: text(value), source };
  };
  /** 同比 as "增长12.5%", "下降3.0%" or "持平" (format.ts changeText), for a path `hasChange` holds for. */
  const change = (path: TotalPath): Figure => {
    const source = changeOf(path);
    const current = must(totalAt(ctx.totals, path), source);
    const prior = ctx.prior ? totalAt(ctx.prior, path) : undefined;
    const value = must(evaluate(source, ctx), source);
    return { kind: "figure", value, text: changeText(current, must(prior, source)), source };
  };
  return {
    /** Money: a path the schema types as 分 (`Fen`), or a provenance over such paths. */
    money: (source: Provenance | MoneyPath): Figure => make(totalOf(source), moneyText),
    count: (source: Provenance | CountPath, unit: CountUnit | "个" | "项" | "笔" | "处" | "名" | ""): Figure =>
      make(totalOf(source), (v) => `${v}${unit}`),
    percent: (source: Provenance): Figure => make(source, percentText),
    /** A rate Totals holds (`dues.collectionRate`), written by the one rule every output uses (rate-text.ts). */
    rate: (path: CountPath): Figure => make(totalOf(path), rateText),
    /** Whether `source` has a value: false for a ratio over a zero base (no dues owed, nothing spent). */
    has: (source: Provenance | TotalPath): boolean => evaluate(totalOf(source), ctx) !== undefined,
    /** Whether a 同比 can be stated for `path`: there is last year's workbook and its figure is not 0. */
    hasChange: (path: TotalPath): boolean => evaluate(changeOf(path), ctx) !== undefined,
    change,
    /**
     * A change against last year with its comparison word: "比上年" + "增长12.5%" / "下降3.0%", but
     * "与上年" + "持平" (比上年持平 is not Chinese). Like `change`, only where `hasChange` holds.
     */
    versusLastYear: (path: TotalPath): readonly (Inline | string)[] => {
      const c = change(path);
      const prior = ctx.prior ? totalAt(ctx.prior, path) : undefined;
      return [isLevel(must(totalAt(ctx.totals, path), c.source), must(prior, c.source)) ? "与上年" : "比上年", c];
    },
    year: (): Figure => make({ kind: "total", path: "fiscalYear" }, (v) => `${v}年`),
    nextYear: (): Figure =>
      make({ kind: "offset", of: { kind: "total", path: "fiscalYear" }, add: 1 }, (v) => `${v}年`),
  };
}

export type Figures = ReturnType<typeof figures>;

/** Parts of a sentence that appear only when `cond` holds; built lazily (a 同比 needs last year). */
export const when = (cond: unknown, parts: () => readonly (Inline | string)[]): readonly (Inline | string)[] =>
  cond ? parts() : [];

/** Joins inlines into one paragraph (for sentences assembled from pieces). */
export const paragraph = (...parts: readonly (Inline | string | null | undefined | false)[]): Paragraph => ({
  kind: "paragraph",
  runs: parts.flatMap((p) =>
    p === null || p === undefined || p === false || p === ""
      ? []
      : [typeof p === "string" ? { kind: "text" as const, text: p } : p],
  ),
});

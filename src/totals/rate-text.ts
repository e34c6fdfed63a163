import type { Totals } from "./totals.js";

/**
 * The collection rate as every output writes it — `totals`, the report and its appendix, the
 * roll-up's summary, sheet and report, the panes — so one file never shows two rates. One rule:
 * the rate as Totals holds it (`rateOf`: floored to 4 decimals) floored again to 0.1%, so a rate
 * never reads higher than it is and "100%" means that nobody owes anything.
 */
export function rateText(rate: number): string {
  const tenths = shownTenths(rate);
  return tenths === 1000 ? "100%" : `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/** The number rateText writes, as a fraction (0.999 for "99.9%"): a sheet cell formatted `0.0%` shows the same. */
export const shownRate = (rate: number): number => shownTenths(rate) / 1000;

// The rate has at most 4 decimals: rounding recovers them exactly, then whole tenths of a percent.
const shownTenths = (rate: number): number => Math.floor(Math.round(rate * 10_000) / 10);

/** The collection rate's text, or null when nothing was owed (then there is no rate: say so instead). */
export const collectionRateText = (dues: Totals["dues"]): string | null =>
  dues.expectedFen > 0 ? rateText(dues.collectionRate) : null;

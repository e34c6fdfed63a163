import { moneyFromNumber } from "../money/parse-money.js";
import { fen, fenToYuanString } from "../money/fen.js";
import { SHEET_NAMES } from "../layout/template-layout.js";
import type { Rule } from "./context.js";

/**
 * summary_mismatch: a cached result of a 汇总 formula that disagrees with the program's own total.
 * A cell with no cached result (a file never opened in a spreadsheet since it was generated) has
 * nothing to compare.
 */
export const summaryRules: Rule = ({ ledger, programFigure, sink }) => {
  for (const item of ledger.summary) {
    const figure = programFigure(item.key);
    if (figure === undefined || item.cached.type === "empty") continue;
    const { value: computed, money } = figure;
    const show = (n: number): string => (money ? `${fenToYuanString(fen(n))}元` : String(n));
    let cachedValue: number | undefined;
    if (item.cached.type === "number") {
      const parsed = money ? moneyFromNumber(item.cached.value) : undefined;
      cachedValue = money ? (parsed?.ok ? parsed.fen : undefined) : item.cached.value;
    }
    if (cachedValue === computed) continue;
    const cached =
      cachedValue === undefined ? ("value" in item.cached ? String(item.cached.value) : "") : show(cachedValue);
    sink.add(
      "summary_mismatch",
      { sheet: SHEET_NAMES.summary, row: item.row, cell: item.cell, column: "数值", value: cached },
      {
        label: item.label,
        cached,
        computed: show(computed),
      },
    );
  }
};

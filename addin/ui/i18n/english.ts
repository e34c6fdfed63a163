/**
 * English number words for the pane. Money as the core's English findings write it (`¥451`,
 * src/findings/messages/en.ts), grouped by thousands for the larger totals; counts with their noun in
 * the singular for exactly 1 (Intl.PluralRules("en") has only "one" and "other" for cardinals).
 */
const plurals = new Intl.PluralRules("en");
const grouped = new Intl.NumberFormat("en", { maximumFractionDigits: 2, minimumFractionDigits: 0 });
const cents = new Intl.NumberFormat("en", { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/** `count(1, "error")` → "1 error"; `count(3, "error")` → "3 errors"; irregular plurals passed in. */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n} ${plurals.select(n) === "one" ? one : other}`;
}

/** 1286000 分 → "¥12,860"; 4510 分 → "¥45.10": whole yuan without ".00", as the findings write it. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  // fen are whole numbers: abs / 100 has at most 2 decimals, which both formats show exactly.
  return `${sign}¥${(abs % 100 === 0 ? grouped : cents).format(abs / 100)}`;
}

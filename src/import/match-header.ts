import { duesMonthKey } from "../layout/sheets/dues.js";
import { headerNorm, HEADER_SYNONYMS, monthOfHeader } from "./synonyms.js";
import { SPEC_OF, type LedgerId } from "./ledgers.js";

export interface HeaderMatch {
  readonly key: string;
  readonly confidence: "header" | "synonym";
}

/** Per ledger: normalized synonym → column key; built once from HEADER_SYNONYMS and the template's headers. */
const LOOKUP: ReadonlyMap<LedgerId, ReadonlyMap<string, HeaderMatch>> = new Map(
  (Object.keys(HEADER_SYNONYMS) as LedgerId[]).map((ledger) => {
    const m = new Map<string, HeaderMatch>();
    const table: Readonly<Record<string, readonly string[]>> = HEADER_SYNONYMS[ledger];
    for (const [key, words] of Object.entries(table))
      for (const w of words) if (!m.has(headerNorm(w))) m.set(headerNorm(w), { key, confidence: "synonym" });
    // The template's own header wins over any synonym (formula columns are computed by the template: not targets).
    for (const c of SPEC_OF[ledger].columns)
      if (c.kind !== "formula") m.set(headerNorm(c.header), { key: c.key, confidence: "header" });
    return [ledger, m];
  }),
);

/** The column a header stands for in a ledger: the first of its texts (most specific first) that names one. */
export function matchHeader(ledger: LedgerId, texts: readonly string[]): HeaderMatch | undefined {
  const lookup = LOOKUP.get(ledger);
  for (const t of texts) {
    const hit = lookup?.get(headerNorm(t));
    if (hit) return hit;
    if (ledger === "dues") {
      const month = monthOfHeader(t);
      if (month !== undefined)
        return { key: duesMonthKey(month), confidence: t.trim() === `${month}月` ? "header" : "synonym" };
    }
  }
  return undefined;
}

/** A column key given in MAP.json as its template header ("日期", "费用（元）"), or undefined. */
export function keyOfTarget(ledger: LedgerId, target: string): string | undefined {
  const n = headerNorm(target);
  return SPEC_OF[ledger].columns.find((c) => c.kind !== "formula" && headerNorm(c.header) === n)?.key;
}

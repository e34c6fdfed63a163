import { describe, expect, it } from "vitest";
import { monthDayFromText } from "../../src/dates/parse-date.js";
import { LEDGER_IDS, SPEC_OF } from "../../src/import/ledgers.js";
import { matchHeader } from "../../src/import/match-header.js";
import { headerNorm, HEADER_SYNONYMS, monthOfHeader } from "../../src/import/synonyms.js";

describe("the header synonyms (src/import/synonyms.ts)", () => {
  it("name one column per ledger, and every column a synonym is listed for exists", () => {
    for (const ledger of LEDGER_IDS) {
      const table: Readonly<Record<string, readonly string[]>> = HEADER_SYNONYMS[ledger];
      const seen = new Map<string, string>();
      for (const [key, words] of Object.entries(table)) {
        expect(
          SPEC_OF[ledger].columns.some((c) => c.key === key),
          `${ledger}.${key}`,
        ).toBe(true);
        for (const w of words) {
          const n = headerNorm(w);
          expect(seen.get(n) ?? key, `${ledger}: ${w}`).toBe(key);
          seen.set(n, key);
        }
      }
    }
  });

  it("place every template header on its own column (formula columns are the template's to compute)", () => {
    for (const ledger of LEDGER_IDS)
      for (const c of SPEC_OF[ledger].columns)
        expect(matchHeader(ledger, [c.header])?.key, `${ledger}: ${c.header}`).toBe(
          c.kind === "formula" ? undefined : c.key,
        );
  });

  it("compare headers without units, marks, spaces or full-width forms", () => {
    expect(headerNorm("支出金额（元）")).toBe("支出金额");
    expect(headerNorm(" *参加人数（人）：")).toBe("参加人数");
    expect(matchHeader("activities", ["经 办 人"])).toEqual({ key: "handler", confidence: "synonym" });
  });

  it("read a dues grid's month headers", () => {
    expect(["1月", "01月", "3月份", "十二月", "2024年7月", "2024.8", "2024-09"].map(monthOfHeader)).toEqual([
      1, 1, 3, 12, 7, 8, 9,
    ]);
    expect(["3", "13月", "月份", "合计"].map(monthOfHeader)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("read a month and day without a year in the ledger's year", () => {
    expect(monthDayFromText("3月5日", 2024)).toEqual({ ok: true, date: "2024-03-05" });
    expect(monthDayFromText("１２月３１号", 2024)).toEqual({ ok: true, date: "2024-12-31" });
    expect(monthDayFromText("2月30日", 2024).ok).toBe(false);
    expect(monthDayFromText("2024.3.5", 2024).ok).toBe(false);
  });
});

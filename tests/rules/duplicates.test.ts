import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { activity, append, condolence, duesRow, eachMonth, expectFindings, findingAt, SHEET } from "./support.js";

// duplicate_row: the same member (会费台账), the same activity name, date and cost (活动台账), the same
// member, reason, date and amount (慰问金台账). Flagged on the second row's first key cell.

describe("duplicate_row", () => {
  it("flags a row entered twice on each ledger, not rows that differ in one key by a day or a fen", async () => {
    const d = cleanData();
    const [dues] = append(d, SHEET.dues, duesRow("M001", 4537.8, eachMonth(1, 12, 22.65))); // 6: M001 again
    const acts = append(
      d,
      SHEET.activities,
      activity("春季健步走", "2024-04-20", 1500, { participants: 50 }), // 4: same as row 3
      activity("春季健步走", "2024-04-20", 1500.01, { participants: 50 }), // 5: one fen more
      activity("春季健步走", "2024-04-21", 1500, { participants: 50 }), // 6: the next day
    );
    const conds = append(
      d,
      SHEET.condolences,
      condolence("M002", "生病住院", "2024-03-10", 800, { form: "现金" }), // 5: same as row 4
      // 6: one fen more. Rows 4–6 are one stay (domain/occasions.ts): summed without row 5 (the duplicate,
      // flagged once), rows 4 and 6 pass the 1000 cap: one occasion_cap_exceeded at row 6, no repeat warning.
      condolence("M002", "生病住院", "2024-03-10", 800.01, { form: "现金" }),
      condolence("M003", "生病住院", "2024-03-10", 800, { form: "现金" }), // 7: another member
      condolence("M001", "节日慰问", "2024-02-06", 500, { festival: "春节" }), // 8: a day after row 3
    );
    expect([dues, acts, conds]).toEqual([6, [4, 5, 6], [5, 6, 7, 8]]);
    const a = await analyzeData(d);
    expectFindings(a, [
      `duplicate_row ${SHEET.dues}!A6`,
      `duplicate_row ${SHEET.activities}!C4`,
      `duplicate_row ${SHEET.condolences}!C5`,
      `occasion_cap_exceeded ${SHEET.condolences}!H6`,
    ]);
    const dueRow = findingAt(a, "duplicate_row", SHEET.dues, "A6");
    expect(dueRow.params).toMatchObject({ firstRow: 3 });
    expect(dueRow.severity).toBe("warning");
    expect(messageOf(dueRow)).toContain("与第3行内容相同");
    expect(findingAt(a, "duplicate_row", SHEET.activities, "C4").params).toMatchObject({ firstRow: 3 });
    const cond = findingAt(a, "duplicate_row", SHEET.condolences, "C5");
    expect(cond.params).toMatchObject({ firstRow: 4 });
    expect(messageOf(cond)).toContain("与第4行内容相同");
    // The duplicate dues row is not counted twice against what M001 owes.
    expect(a.findings.some((f) => f.code === "dues_mismatch")).toBe(false);
  });
});

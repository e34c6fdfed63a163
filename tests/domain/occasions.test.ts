import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/dates/calendar-date.js";
import { occasionSpanDays, occasionsOf } from "../../src/domain/occasions.js";
import type { CondolenceReason } from "../../src/layout/lists.js";

// domain/occasions.ts: which of a member's payments of one reason are one occasion. Rows are given in
// date order, as the rules give them.

type Values = { memberId?: string; reason?: CondolenceReason; date?: IsoDate };
const rows = (...vs: Values[]) => vs.map((values, i) => ({ row: 3 + i, values }));
const grouped = (...vs: Values[]): number[][] => occasionsOf(rows(...vs)).map((o) => o.map((r) => r.row));
const on = (date: string): IsoDate => date as IsoDate;

describe("occasionsOf", () => {
  it("makes one birthday of a member's year, apart per member and per year", () => {
    expect(
      grouped(
        { memberId: "M1", reason: "生日慰问", date: on("2023-12-30") },
        { memberId: "M1", reason: "生日慰问", date: on("2024-01-05") },
        { memberId: "M2", reason: "生日慰问", date: on("2024-03-01") },
        { memberId: "M1", reason: "生日慰问", date: on("2024-11-30") },
      ),
    ).toEqual([[3], [4, 6], [5]]);
  });

  it("makes a hospital stay of the payments within 31 days of its first, day 31 included", () => {
    expect(
      grouped(
        { memberId: "M1", reason: "生病住院", date: on("2024-01-01") },
        { memberId: "M1", reason: "生病住院", date: on("2024-02-01") }, // day 31
        { memberId: "M1", reason: "生病住院", date: on("2024-02-02") }, // day 32: a new stay
        { memberId: "M1", reason: "生病住院", date: on("2024-03-03") }, // day 30 of that one
      ),
    ).toEqual([
      [3, 4],
      [5, 6],
    ]);
    expect(occasionSpanDays("生病住院")).toBe(31);
    expect(occasionSpanDays("生日慰问")).toBeNull();
  });

  it("keeps apart each payment of a reason without occasions, rows without 会员编号 or a windowed row without a date", () => {
    expect(
      grouped(
        { memberId: "M1", reason: "困难帮扶", date: on("2024-01-01") },
        { memberId: "M1", reason: "困难帮扶", date: on("2024-01-01") },
        { reason: "生日慰问", date: on("2024-01-01") },
        { reason: "生日慰问", date: on("2024-01-01") },
        { memberId: "M1", reason: "生病住院" },
        { memberId: "M1", reason: "生病住院", date: on("2024-01-02") },
        { memberId: "M1", date: on("2024-01-02") }, // no 慰问事由: left out
      ),
    ).toEqual([[3], [4], [5], [6], [7], [8]]);
  });
});

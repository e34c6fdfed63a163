import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/dates/calendar-date.js";
import type { MemberStatus } from "../../src/layout/lists.js";
import { contains, membershipSpan, owedMonths, type Member } from "../../src/domain/membership.js";
import { analyzeData, cleanData, withCode, YEAR } from "../helpers/ledger.js";
import { addMember, duesRow, eachMonth, expectFindings, SHEET, setDues } from "./support.js";

// template-v1.md, 会费台账: a month is owed when the member is 在职 on at least one of its days.

const member = (status: MemberStatus, joinDate?: string, statusDate?: string): Member => ({
  memberId: "X",
  name: "某人",
  joinDate: joinDate as IsoDate | undefined,
  status,
  statusDate: statusDate as IsoDate | undefined,
  // Only the row number matters here; the owed-month rule reads the fields above.
  row: { row: 3, values: {} } as Member["row"],
});
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("owed months (the membership-month rule)", () => {
  it.each([
    ["retires on 2024-07-01: January–June", member("退休", "2000-01-01", "2024-07-01"), range(1, 6)],
    [
      "retires on 2024-07-02: still 在职 on 1 July, so January–July",
      member("退休", "2000-01-01", "2024-07-02"),
      range(1, 7),
    ],
    ["joins on 2024-03-20: March–December", member("在职", "2024-03-20"), range(3, 12)],
    ["joins on 2024-03-01: March–December", member("在职", "2024-03-01"), range(3, 12)],
    ["joined years ago: the whole year", member("在职", "2010-03-01"), range(1, 12)],
    ["no join date: the whole year", member("在职"), range(1, 12)],
    [
      "在职 with a change date = transferred in on 2024-05-10: May–December",
      member("在职", "2015-01-01", "2024-05-10"),
      range(5, 12),
    ],
    [
      "在职 with a change date before the year: the whole year",
      member("在职", "2015-01-01", "2020-05-10"),
      range(1, 12),
    ],
    ["transferred out on 2024-09-01: January–August", member("已转出", "2016-01-01", "2024-09-01"), range(1, 8)],
    ["transferred out on 2024-09-15: January–September", member("已转出", "2016-01-01", "2024-09-15"), range(1, 9)],
    ["left (已退会) on 2024-04-30: January–April", member("已退会", "2016-01-01", "2024-04-30"), range(1, 4)],
    ["joins 2024-03-20, retires 2024-10-01: March–September", member("退休", "2024-03-20", "2024-10-01"), range(3, 9)],
    ["退休 with no change date: nothing", member("退休", "2000-01-01"), []],
    ["离休 with no change date: nothing", member("离休", "1980-01-01"), []],
    ["失业保留会籍 with no change date: nothing", member("失业保留会籍", "2010-01-01"), []],
    ["retired on 2024-01-01: nothing", member("退休", "2000-01-01", "2024-01-01"), []],
    ["joins in the next year: nothing", member("在职", "2025-01-02"), []],
  ])("%s", (_, m, months) => {
    expect(owedMonths(m, YEAR)).toEqual(months);
  });

  it("membership outlasts retirement but not a transfer out (for dated payments)", () => {
    const retired = membershipSpan(member("退休", "2000-01-01", "2024-07-01"));
    expect(contains(retired, "2024-12-31" as IsoDate)).toBe(true);
    const out = membershipSpan(member("已转出", "2016-01-01", "2024-09-01"));
    expect(contains(out, "2024-08-31" as IsoDate)).toBe(true);
    expect(contains(out, "2024-09-01" as IsoDate)).toBe(false);
    const joined = membershipSpan(member("在职", "2024-06-01"));
    expect(contains(joined, "2024-05-31" as IsoDate)).toBe(false);
    expect(contains(joined, "2024-06-01" as IsoDate)).toBe(true);
  });
});

/** One member of each kind, each paying exactly the months the rule says are owed. */
function rosterOfEveryKind(payFullYear: boolean): ReturnType<typeof cleanData> {
  const d = cleanData();
  const pay = (from: number, to: number, y: number): Record<number, number> =>
    payFullYear ? eachMonth(1, 12, y) : eachMonth(from, to, y);
  if (payFullYear) setDues(d, "M003", duesRow("M003", 5009, eachMonth(1, 12, 25)));
  addMember(
    d,
    { memberId: "M004", name: "赵六", status: "在职", joinDate: "2024-03-20" },
    duesRow("M004", 3000, pay(3, 12, 15)),
  );
  addMember(
    d,
    { memberId: "M005", name: "钱七", status: "退休", joinDate: "2000-01-01" },
    duesRow("M005", 5000, payFullYear ? eachMonth(1, 12, 25) : {}),
  );
  addMember(d, { memberId: "M006", name: "孙八", status: "离休", joinDate: "1980-01-01" });
  addMember(d, { memberId: "M007", name: "周九", status: "失业保留会籍", joinDate: "2012-01-01" });
  addMember(
    d,
    { memberId: "M008", name: "吴十", status: "在职", joinDate: "2015-01-01", statusDate: "2024-05-10" },
    duesRow("M008", 4000, pay(5, 12, 20)),
  );
  addMember(
    d,
    { memberId: "M009", name: "郑一", status: "已转出", joinDate: "2016-01-01", statusDate: "2024-09-01" },
    duesRow("M009", 4000, pay(1, 8, 20)),
  );
  return d;
}

describe("owed months in a workbook", () => {
  it("accepts members of every kind who paid exactly their owed months", async () => {
    const a = await analyzeData(rosterOfEveryKind(false));
    expectFindings(a, []);
    // 22.65×12 + 30×12 + 25×6 (M003) + 15×10 (M004) + 20×8 (M008) + 20×8 (M009)
    expect(a.totals.dues.expectedFen).toBe(2265 * 12 + 3000 * 12 + 2500 * 6 + 1500 * 10 + 2000 * 8 + 2000 * 8);
    expect(a.totals.dues.paidFen).toBe(a.totals.dues.expectedFen);
  });

  it("finds the owed months of each member when everyone paid all twelve", async () => {
    const a = await analyzeData(rosterOfEveryKind(true));
    const owed = Object.fromEntries(
      withCode(a, "dues_mismatch").map((f) => [
        f.params.memberId,
        { months: f.params.owedMonths, expected: f.params.expectedFen, cell: `${f.sheet}!${f.cell ?? ""}` },
      ]),
    );
    expect(owed).toEqual({
      M003: { months: range(1, 6), expected: 2500 * 6, cell: `${SHEET.dues}!Q5` },
      M004: { months: range(3, 12), expected: 1500 * 10, cell: `${SHEET.dues}!Q6` },
      M005: { months: [], expected: 0, cell: `${SHEET.dues}!Q7` },
      M008: { months: range(5, 12), expected: 2000 * 8, cell: `${SHEET.dues}!Q8` },
      M009: { months: range(1, 8), expected: 2000 * 8, cell: `${SHEET.dues}!Q9` },
    });
    // Payments in months of retirement or after the transfer out are dues_exempt_paid; months before a
    // join or a transfer in are simply not owed (the member was no 退休 / 已转出 then).
    const exempt = withCode(a, "dues_exempt_paid").map((f) => `${f.params.memberId}:${f.params.month}`);
    expect(exempt).toEqual([
      ...range(7, 12).map((m) => `M003:${m}`),
      ...range(1, 12).map((m) => `M005:${m}`),
      ...range(9, 12).map((m) => `M009:${m}`),
    ]);
  });
});

describe("lump-sum payments", () => {
  it("accepts the whole year in January, a late lump sum in July covering January–June, and arrears settled after retiring", async () => {
    const d = cleanData();
    setDues(d, "M001", duesRow("M001", 4537.8, { 1: 271.8 }));
    setDues(d, "M002", duesRow("M002", 6000, { 7: 210, ...eachMonth(8, 12, 30) })); // nothing January–June, then 7 months in July
    setDues(d, "M003", duesRow("M003", 5009, { 7: 150 })); // retired 2024-07-01; January–June paid in July
    addMember(
      d,
      { memberId: "M004", name: "赵六", status: "在职", joinDate: "2015-01-01" },
      duesRow("M004", 3000, { 12: 180 }),
    ); // all in December
    const a = await analyzeData(d);
    expectFindings(a, []);
    expect(a.totals.dues.paidFen).toBe(27180 + 36000 + 15000 + 18000);
  });

  it("still flags a lump sum that is short, as a mismatch but not as arrears when under six months are missing", async () => {
    const d = cleanData();
    setDues(d, "M002", duesRow("M002", 6000, { 7: 180, ...eachMonth(8, 12, 30) })); // one month (30元) short
    const a = await analyzeData(d);
    expectFindings(a, [`dues_mismatch ${SHEET.dues}!Q4`]);
  });
});

import { describe, expect, it } from "vitest";
import { fen, type Fen } from "../../src/money/fen.js";
import { duesPaid, expectedDues } from "../../src/domain/member-dues.js";
import type { Member } from "../../src/domain/membership.js";
import type { IsoDate } from "../../src/dates/calendar-date.js";
import { profileById } from "../helpers/ledger.js";

const dues = profileById("default").dues; // 0.5%, 10 元
const Y = 2024;
const member = (over: Partial<Member> = {}): Member => ({
  memberId: "M1",
  name: "张三",
  joinDate: "2010-01-01" as IsoDate,
  status: "在职",
  statusDate: undefined,
  row: { row: 3, values: {} },
  ...over,
});
const yuan = (y: number): Fen => fen(Math.round(y * 100));
/** Twelve months of payments from 元 amounts, as a dues row's m1…m12. */
const months = (...ys: number[]): Record<string, Fen> =>
  Object.fromEntries(ys.map((y, i) => [`m${i + 1}`, yuan(y)]).filter(([, f]) => f !== 0));

describe("expectedDues", () => {
  it("is the 计缴工资's dues in every month of a member 在职 all year", () => {
    const e = expectedDues(member(), { wage: yuan(5837.5) }, Y, dues);
    expect(e.owed).toHaveLength(12);
    expect(e.dueFen).toBe(2915); // 5,830 × 0.5%
    expect(e.expectedFen).toBe(2915 * 12);
    expect(e.stated).toBeUndefined();
  });

  it("follows a stated pay change from its month (调资月份 7, 调资后计缴工资 6,400)", () => {
    const e = expectedDues(member(), { wage: yuan(5800), wageChangeMonth: 7, wageAfter: yuan(6400) }, Y, dues);
    expect(e.byMonth).toEqual([...Array(6).fill(2900), ...Array(6).fill(3200)]);
    expect(e.expectedFen).toBe(6 * 2900 + 6 * 3200);
    expect(e.stated).toEqual({ fromMonth: 7, wageAfterFen: yuan(6400), dueAfterFen: fen(3200) });
  });

  it("prefers the stated change to one the payments would suggest", () => {
    // Payments in two runs that would infer a change from May; the clerk says July.
    const row = {
      wage: yuan(5800),
      wageChangeMonth: 7,
      wageAfter: yuan(6400),
      ...months(29, 29, 29, 29, 32, 32, 32, 32, 32, 32, 32, 32),
    };
    const e = expectedDues(member(), row, Y, dues);
    expect(e.inferred).toBeUndefined();
    expect(e.expectedFen).toBe(6 * 2900 + 6 * 3200);
  });

  it("infers a change on a row that states none (a 1.0 workbook)", () => {
    const row = { wage: yuan(5800), ...months(29, 29, 29, 29, 29, 29, 32, 32, 32, 32, 32, 32) };
    const e = expectedDues(member(), row, Y, dues);
    expect(e.inferred?.fromMonth).toBe(7);
    expect(e.expectedFen).toBe(6 * 2900 + 6 * 3200);
  });

  it("owes nothing for exempt months, and only for the months 在职", () => {
    const all = expectedDues(
      member(),
      { wage: yuan(3000), exemptMonths: "全年", exemptBasis: "工会委员会决定" },
      Y,
      dues,
    );
    expect(all).toMatchObject({ owed: [], exempt: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], expectedFen: 0 });
    // Joined in April, exempt January to June: owes July to December.
    const part = expectedDues(
      member({ joinDate: "2024-04-10" as IsoDate }),
      { wage: yuan(3000), exemptMonths: "1-6月" },
      Y,
      dues,
    );
    expect(part.exempt).toEqual([4, 5, 6]);
    expect(part.owed).toEqual([7, 8, 9, 10, 11, 12]);
    expect(part.expectedFen).toBe(6 * 1500);
  });

  it("says when 免缴月份 names no months, and exempts none", () => {
    const e = expectedDues(member(), { wage: yuan(3000), exemptMonths: "困难职工" }, Y, dues);
    expect(e.exemptUnreadable).toBe(true);
    expect(e.owed).toHaveLength(12);
  });

  it("does not infer a change where an exemption or a catch-up explains the amounts", () => {
    const two = months(29, 29, 29, 29, 29, 29, 32, 32, 32, 32, 32, 32);
    expect(expectedDues(member(), { wage: yuan(5800), ...two, catchUp: yuan(29) }, Y, dues).inferred).toBeUndefined();
    expect(
      expectedDues(member(), { wage: yuan(5800), ...two, exemptMonths: "12月" }, Y, dues).inferred,
    ).toBeUndefined();
  });
});

describe("duesPaid", () => {
  it("takes 其中补缴上年 out of this year's dues, not out of the cash", () => {
    // January: last December's 29.00 and January's 29.00 paid together.
    const p = duesPaid({ ...months(58, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29), catchUp: yuan(29) });
    expect(p).toEqual({ monthsFen: 29 * 13 * 100, catchUpFen: 2900, thisYearFen: 29 * 12 * 100 });
  });

  it("never gives a negative year", () => {
    expect(duesPaid({ ...months(29), catchUp: yuan(100) }).thisYearFen).toBe(0);
  });
});

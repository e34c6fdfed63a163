import { describe, expect, it } from "vitest";
import { fen, fenToGrouped, fenToPlainYuan, fenToYuanString, sumFen } from "../../src/money/fen.js";
import { moneyFromNumber, moneyFromText } from "../../src/money/parse-money.js";

describe("money in 分", () => {
  it("sums 20,000 payments of 0.10元 exactly (floats would drift)", () => {
    expect(sumFen(Array.from({ length: 20_000 }, () => fen(10)))).toBe(200_000);
    let float = 0;
    for (let i = 0; i < 20_000; i++) float += 0.1;
    expect(float).not.toBe(2000);
  });

  it("reads spreadsheet numbers, flagging a third decimal", () => {
    expect(moneyFromNumber(22.65)).toEqual({ ok: true, fen: 2265, tooManyDecimals: false });
    expect(moneyFromNumber(4530 * 0.005)).toMatchObject({ ok: true, fen: 2265, tooManyDecimals: false });
    expect(moneyFromNumber(12.345)).toMatchObject({ ok: true, fen: 1235, tooManyDecimals: true });
    expect(moneyFromNumber(Number.NaN)).toEqual({ ok: false });
    expect(moneyFromNumber(1e300)).toEqual({ ok: false });
  });

  it.each([
    ["1,200.50", 120050],
    ["¥300", 30000],
    ["￥300", 30000],
    ["300元", 30000],
    ["３００", 30000],
    [" 1 200 ", 120000],
    ["RMB 88.8", 8880],
    ["-5", -500],
  ])("reads text %s as %i 分", (text, expected) => {
    expect(moneyFromText(text)).toMatchObject({ ok: true, fen: expected, tooManyDecimals: false });
  });

  it.each(["abc", "1,2", "12..5", "", "一百元", "1e5"])("refuses %s", (text) => {
    expect(moneyFromText(text).ok).toBe(false);
  });

  it("rounds a third decimal half up and says so", () => {
    expect(moneyFromText("0.125")).toMatchObject({ ok: true, fen: 13, tooManyDecimals: true });
    expect(moneyFromText("0.120")).toMatchObject({ ok: true, fen: 12, tooManyDecimals: false });
  });

  it("formats for prose and tables", () => {
    expect(fenToYuanString(fen(120000))).toBe("1200.00");
    expect(fenToPlainYuan(fen(30000))).toBe("300");
    expect(fenToPlainYuan(fen(30050))).toBe("300.50");
    expect(fenToGrouped(fen(226800012))).toBe("2,268,000.12");
    expect(fenToGrouped(fen(-5))).toBe("-0.05");
  });
});

/**
 * src/workbook/total-row.ts on its own: the running sums are kept by the place of each mapped column
 * (`countRecord` reads the row's values by index, not by key), per segment since the last total row and
 * over the whole sheet. The workbook-level cases are in total-rows.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { RawCell } from "../../src/cells/raw-cell.js";
import type { ColumnSpec } from "../../src/layout/column.js";
import { closeSegment, countRecord, matchTotalRow, totalRowsOf } from "../../src/workbook/total-row.js";

const column = (key: string, kind: ColumnSpec["kind"], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header: key,
  kind,
  width: 10,
  prompt: "",
  ...extra,
});

// 序号 | 活动名称 (a required text: names a record) | 参加人数 | 支出金额
const mapped = [
  { spec: column("seq", "integer", { filler: true }), col: 1 },
  { spec: column("name", "text", { required: true }), col: 2 },
  { spec: column("people", "integer"), col: 3 },
  { spec: column("cost", "money"), col: 4 },
];
const EMPTY: RawCell = { type: "empty" };
const num = (value: number): RawCell => ({ type: "number", value });
const str = (value: string): RawCell => ({ type: "string", value });

describe("total rows found from the sums of the records by column place", () => {
  it("an unlabelled row of sums, per segment and over the sheet; a value missing from a record is not summed", () => {
    const t = totalRowsOf(mapped);
    // Records as read: values by mapped index, undefined where the record has none.
    countRecord(t, [1, "茶话会", 10, 50_000]);
    countRecord(t, [2, "观影", undefined, 30_000]);
    expect(matchTotalRow(t, [EMPTY, EMPTY, num(10), num(800)], 4)).toEqual({ basis: "sum", label: null, at: 2 });
    // Not the sums: a record typed without its name, not a total.
    expect(matchTotalRow(t, [EMPTY, EMPTY, num(11), num(800)], 4)).toBeUndefined();
    // A row with a name is a record, whatever its numbers.
    expect(matchTotalRow(t, [EMPTY, str("春游"), num(10), num(800)], 4)).toBeUndefined();

    closeSegment(t);
    countRecord(t, [3, "春游", 5, 20_000]);
    countRecord(t, [4, "秋游", 5, 20_000]);
    // The segment since the total row above (10, 400 元), or the whole sheet (20, 1,200 元).
    expect(matchTotalRow(t, [EMPTY, EMPTY, num(10), num(400)], 7)).toEqual({ basis: "sum", label: null, at: 2 });
    expect(matchTotalRow(t, [EMPTY, EMPTY, num(20), num(1200)], 7)).toEqual({ basis: "sum", label: null, at: 2 });
    expect(matchTotalRow(t, [EMPTY, EMPTY, num(15), num(400)], 7)).toBeUndefined();
  });

  it("a label with a count beside it; a label beside a name only when the numbers are the sums", () => {
    const t = totalRowsOf(mapped);
    countRecord(t, [1, "茶话会", 10, 50_000]);
    expect(matchTotalRow(t, [str("合计"), str("1项"), EMPTY, num(123)], 3)).toEqual({
      basis: "label",
      label: "合计",
      at: 0,
    });
    expect(matchTotalRow(t, [str("小计"), str("茶话会"), num(10), num(500)], 3)).toEqual({
      basis: "label",
      label: "小计",
      at: 0,
    });
    expect(matchTotalRow(t, [str("小计"), str("茶话会"), num(10), num(600)], 3)).toBeUndefined();
  });
});

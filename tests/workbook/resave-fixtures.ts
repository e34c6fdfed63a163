/**
 * The workbooks that tests/workbook/*.test.ts have LibreOffice re-save (through the global setup:
 * tests/helpers/libreoffice-jobs.ts).
 */
import { ACTIVITIES_SHEET } from "../../src/layout/template-layout.js";
import { workbookBytes } from "../../src/template/generate.js";
import { addr, setCells, sheetOf } from "../fixtures-hand/cell-edit.js";
import { cleanData, ledgerWorkbook, months } from "../helpers/ledger.js";

/**
 * The clean ledger with one error finding or more of each kind a clerk makes, and a merged cell
 * and a text date (tests/workbook/libreoffice-resave.test.ts).
 */
export async function errorsWorkbookBytes(): Promise<Uint8Array> {
  const data = cleanData();
  const sheets = data.sheets as Record<string, Record<string, unknown>[]>;
  const act = (seq: number, name: string | undefined, extra: Record<string, unknown>): Record<string, unknown> => ({
    seq,
    date: "2024-06-15",
    name,
    category: "其他",
    participants: 10,
    cost: 100,
    funding: "工会经费",
    handler: "周干事",
    approver: "王主席",
    ...extra,
  });
  sheets["活动台账"]?.push(
    act(2, "类别不对", { category: "文艺活动" }),
    // (Not an empty 活动名称: 汇总 counts activities by COUNTA(活动名称), so after LibreOffice
    // recalculates, such a row is also a summary_mismatch, by design.)
    act(3, "经费来源空", { funding: undefined }), // funding_missing
    act(4, "负数费用", { cost: -100 }),
    act(5, "三位小数", { cost: 12.345 }),
    act(6, "去年活动", { date: "2023-12-20" }),
    act(7, "自批自办", { approver: "周干事" }),
    act(8, "合并单元格", { place: "礼堂" }),
    act(9, "日期是文字", {}),
  );
  sheets["慰问金台账"]?.push(
    {
      seq: 3,
      date: "2024-09-01",
      memberId: "M001",
      name: "张三",
      reason: "生病住院",
      form: "现金",
      amount: 1500,
      handler: "周干事",
      approver: "王主席",
    },
    {
      seq: 4,
      date: "2024-10-08",
      memberId: "M002",
      name: "李四",
      form: "实物",
      amount: 200,
      handler: "周干事",
      approver: "王主席",
    }, // required_missing 慰问事由
  );
  const dues = sheets["会费台账"]?.[0];
  if (dues) Object.assign(dues, { m12: undefined }, months(22.65, 11)); // one month short: dues_mismatch
  const wb = await ledgerWorkbook(data);
  sheetOf(wb, "活动台账").mergeCells(
    `${addr(ACTIVITIES_SHEET, "place", 10)}:${addr(ACTIVITIES_SHEET, "organizer", 10)}`,
  );
  setCells(wb, "活动台账", { [addr(ACTIVITIES_SHEET, "date", 11)]: "下周三" });
  return workbookBytes(wb);
}

/** The clean ledger with a clerk's edits: a text date, a formula, a merge (tests/workbook/xlsx-reader.test.ts). */
export async function editedWorkbookBytes(): Promise<Uint8Array> {
  const wb = await ledgerWorkbook(cleanData());
  setCells(wb, "活动台账", { B4: "下周三", C4: "文字日期", D4: "其他", I4: { formula: "1000+500", result: 1500 } });
  sheetOf(wb, "活动台账").mergeCells("F4:G4");
  return workbookBytes(wb);
}

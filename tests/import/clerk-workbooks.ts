/**
 * Workbooks in the styles real units keep (issue 15), made with exceljs: each returns its bytes and the source data
 * it was written from, so a test can compute the expected totals from the data itself, not from the import.
 */
import ExcelJS from "exceljs";

type Cell = string | number | Date | null;

export interface SheetDef {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly merges?: readonly string[];
}

export async function workbookOf(sheets: readonly SheetDef[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null) ws.getCell(i + 1, j + 1).value = v;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const fenOf = (yuan: number): number => Math.round(yuan * 100);
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** The roster every style shares: id, name, gender, department, status. */
export const ROSTER = [
  ["1001", "张伟", "男", "办公室", "在职"],
  ["1002", "王芳", "女", "财务科", "在职"],
  ["1003", "李强", "男", "车间一", "在职"],
  ["1004", "刘洋", "女", "车间二", "退休"],
  ["1005", "陈静", "女", "车间二", "在职"],
] as const;

/** Activities: date, name, category, participants, cost (元). */
export const ACTIVITIES = [
  ["2024-01-15", "迎春联欢会", "文体活动", 80, 3200.5],
  ["2024-03-08", "三八妇女节座谈", "女职工活动", 25, 600],
  ["2024-05-20", "岗位技能比武", "劳动竞赛", 40, 1850.25],
  ["2024-09-10", "安全知识培训", "职工教育培训", 60, 0],
] as const;

/** Condolences: date, member id, name, reason, form, amount (元). */
export const CONDOLENCES = [
  ["2024-02-05", "1002", "王芳", "生病住院", "现金", 500],
  ["2024-06-18", "1003", "李强", "结婚慰问", "现金", 800],
  ["2024-09-16", "1001", "张伟", "节日慰问", "实物", 300],
] as const;

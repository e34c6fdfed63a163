/**
 * A filled workbook with error findings, opened and re-saved by LibreOffice (which recalculates
 * every formula and rewrites every part its own way): `validate` must report the same findings at
 * the same cells, and the totals must not move.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analyze.js";
import { messageOf } from "../../src/findings/messages/index.js";
import { ACTIVITIES_SHEET } from "../../src/layout/template-layout.js";
import { workbookBytes } from "../../src/template/generate.js";
import { cleanData, ledgerWorkbook, months } from "../helpers/ledger.js";
import { libreOfficeConvert } from "../helpers/libreoffice.js";
import { addr, setCells, sheetOf } from "../fixtures-hand/template-edit.js";
import { runCli } from "../fixtures-hand/cli.js";

async function analyse(bytes: Uint8Array): Promise<Analysis> {
  const r = await analyzeBytes(bytes);
  if (!r.ok) throw new Error(`input error ${r.error.code}`);
  return r.value;
}

interface JsonFinding {
  severity: string;
  code: string;
  sheet: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  value: string | null;
  message: string;
}

async function validateJson(file: string): Promise<{ code: number | null; json: { errors: number; warnings: number; findings: JsonFinding[] } }> {
  const r = await runCli(["validate", file, "--json"]);
  return { code: r.code, json: JSON.parse(r.stdout) as { errors: number; warnings: number; findings: JsonFinding[] } };
}

const place = (f: { code: string; sheet: string; row?: number | null; cell?: string | null; severity: string }): string =>
  `${f.severity} ${f.code} ${f.sheet}!${f.cell ?? f.row ?? ""}`;

describe("a workbook with error findings, re-saved by LibreOffice", () => {
  let dir: string;
  let original: Uint8Array;
  let resaved: Uint8Array;
  let before: Analysis;
  let after: Analysis;

  beforeAll(async () => {
    const data = cleanData();
    const sheets = data.sheets as Record<string, Record<string, unknown>[]>;
    const act = (seq: number, name: string | undefined, extra: Record<string, unknown>): Record<string, unknown> => ({
      seq, date: "2024-06-15", name, category: "其他", participants: 10, cost: 100, funding: "工会经费", handler: "周干事", approver: "王主席", ...extra,
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
      { seq: 3, date: "2024-09-01", memberId: "M001", name: "张三", reason: "生病住院", form: "现金", amount: 1500, handler: "周干事", approver: "王主席" },
      { seq: 4, date: "2024-10-08", memberId: "M002", name: "李四", form: "实物", amount: 200, handler: "周干事", approver: "王主席" }, // required_missing 慰问事由
    );
    const dues = sheets["会费台账"]?.[0];
    if (dues) Object.assign(dues, { m12: undefined }, months(22.65, 11)); // one month short: dues_mismatch
    const wb = await ledgerWorkbook(data);
    sheetOf(wb, "活动台账").mergeCells(`${addr(ACTIVITIES_SHEET, "place", 10)}:${addr(ACTIVITIES_SHEET, "organizer", 10)}`);
    setCells(wb, "活动台账", { [addr(ACTIVITIES_SHEET, "date", 11)]: "下周三" });
    original = await workbookBytes(wb);
    resaved = await libreOfficeConvert(original, "filled.xlsx", "xlsx");
    dir = await mkdtemp(join(tmpdir(), "ul-resave-"));
    await writeFile(join(dir, "resaved.xlsx"), resaved);
    [before, after] = await Promise.all([analyse(original), analyse(resaved)]);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("is really a different file (LibreOffice rewrote it) and has the error findings it was built with", () => {
    expect(Buffer.from(resaved).equals(Buffer.from(original))).toBe(false);
    const codes = new Set(before.findings.map((f) => f.code));
    for (const c of ["invalid_option", "required_missing", "funding_missing", "negative_amount", "too_many_decimals", "date_out_of_year", "approval_same_person", "merged_cell", "invalid_date", "cap_exceeded", "dues_mismatch"]) {
      expect(codes, c).toContain(c);
    }
  });

  it("has the same findings at the same cells, and the same totals", () => {
    expect(after.findings.map(place)).toEqual(before.findings.map(place));
    expect(after.totals).toEqual(before.totals);
  });

  it("validate --json on the re-saved file reports what the original had, exit code 1", async () => {
    const { code, json } = await validateJson(join(dir, "resaved.xlsx"));
    expect(code).toBe(1);
    const key = (f: { code: string; sheet: string; row?: number | null; cell?: string | null; severity: string; column?: string | null }): string =>
      `${place(f)} ${f.column ?? ""}`;
    expect(json.findings.map(key)).toEqual(before.findings.map(key));
    // Values and messages too, except where the cell is a formula that had no cached result
    // before LibreOffice calculated it (全年实缴 of the dues_mismatch row: empty, then 249.15).
    const hadValue = before.findings.map((f) => f.value !== undefined);
    expect(hadValue.filter(Boolean).length).toBeGreaterThanOrEqual(6);
    expect(json.findings.map((f, i) => (hadValue[i] ? f.value : "-"))).toEqual(before.findings.map((f, i) => (hadValue[i] ? f.value : "-")));
    expect(json.findings.map((f, i) => (hadValue[i] ? f.message : "-"))).toEqual(before.findings.map((f, i) => (hadValue[i] ? messageOf(f) : "-")));
    expect([json.errors, json.warnings]).toEqual([9, before.findings.length - 9]);
  });
});

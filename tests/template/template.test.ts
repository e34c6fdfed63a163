import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { LISTS, STATUTORY_FESTIVALS } from "../../src/layout/lists.js";
import { LEDGER_SHEETS, SHEET_NAMES, TEMPLATE_VERSION } from "../../src/layout/template-layout.js";
import { SUMMARY_ITEMS } from "../../src/layout/summary-items.js";
import { buildTemplate, workbookBytes } from "../../src/template/generate.js";
import { layoutHash } from "../../src/template/layout-hash.js";
import { toFile } from "../../src/profiles/profile-file.js";
import { profileById } from "../helpers/ledger.js";

let wb: ExcelJS.Workbook;

beforeAll(async () => {
  // Written and read back, so the assertions are about the file, not exceljs' memory.
  const built = await buildTemplate({
    profile: profileById("shandong-2018"),
    fiscalYear: 2024,
    unionName: "示例工会",
    generatedAt: "2024-12-31T00:00:00.000Z",
    generator: "test",
  });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBytes(built)) as unknown as ArrayBuffer);
});

const sheet = (name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`missing sheet ${name}`);
  return ws;
};

describe("the standard template (template-v1.md)", () => {
  it("has the sheets of the spec in order, lists hidden and _meta very hidden", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SHEET_NAMES.instructions,
      SHEET_NAMES.basicInfo,
      "会员名册",
      "会费台账",
      "活动台账",
      "慰问金台账",
      SHEET_NAMES.summary,
      SHEET_NAMES.lists,
      SHEET_NAMES.meta,
    ]);
    expect(sheet(SHEET_NAMES.lists).state).toBe("hidden");
    expect(sheet(SHEET_NAMES.meta).state).toBe("veryHidden");
  });

  it("stamps _meta with the template id, version, profile, code set and layout hash", async () => {
    const meta = new Map<string, string>();
    sheet(SHEET_NAMES.meta).eachRow((r) => meta.set(String(r.getCell(1).value), String(r.getCell(2).value)));
    expect(Object.fromEntries(meta)).toEqual({
      templateId: "union-ledger",
      templateVersion: TEMPLATE_VERSION,
      profile: "shandong-2018",
      codeSet: "2017",
      generatedAt: "2024-12-31T00:00:00.000Z",
      generator: "test",
      layoutHash: await layoutHash(),
      profileJson: JSON.stringify(toFile(profileById("shandong-2018"))),
    });
  });

  it("keeps every closed list on _lists, whole; 节日 is the profile's festivals by name (template 1.1)", () => {
    const ws = sheet(SHEET_NAMES.lists);
    Object.entries(LISTS).forEach(([id, listed], i) => {
      // shandong-2018 names no 少数民族节日: its 节日 list is the seven statutory festivals.
      const values: readonly string[] = id === "festival" ? STATUTORY_FESTIVALS : listed;
      expect(ws.getCell(1, i + 1).value).toBe(id);
      expect(values.map((_, j) => ws.getCell(j + 2, i + 1).value)).toEqual([...values]);
      expect(ws.getCell(values.length + 2, i + 1).value).toBeNull();
    });
    expect(LISTS.memberStatus).toContain("去世");
  });

  it("offers a profile's named 少数民族节日 in the 节日 drop-down, never the generic 少数民族节日", async () => {
    const profile = { ...profileById("default"), festivals: [...STATUTORY_FESTIVALS, "古尔邦节", "肉孜节"] };
    const built = await buildTemplate({ profile, generatedAt: "2024-12-31T00:00:00.000Z", generator: "test" });
    const lists = built.getWorksheet(SHEET_NAMES.lists);
    const col = Object.keys(LISTS).indexOf("festival") + 1;
    const values = Array.from({ length: 10 }, (_, j) => lists?.getCell(j + 2, col).value ?? null);
    expect(values).toEqual([...STATUTORY_FESTIVALS, "古尔邦节", "肉孜节", null]);
  });

  it("asks 调资月份 for a whole number 1–12 and 单位类型 from its list (template 1.1)", () => {
    const ws = sheet("会费台账");
    const col = LEDGER_SHEETS[1].columns.findIndex((c) => c.key === "wageChangeMonth") + 1;
    expect(ws.getCell(2, col).value).toBe("调资月份");
    expect(ws.getCell(3, col).dataValidation).toMatchObject({ type: "whole", operator: "between", formulae: [1, 12] });
    const info = sheet(SHEET_NAMES.basicInfo);
    expect(info.getCell(12, 1).value).toBe("单位类型");
    expect(info.getCell(12, 2).dataValidation).toMatchObject({ type: "list" });
  });

  it("gives each ledger its headers, frozen panes, protection and ≥1,000 (3,000) prepared rows with drop-downs and input messages", () => {
    for (const spec of LEDGER_SHEETS) {
      const ws = sheet(spec.name);
      expect(spec.columns.map((_, i) => ws.getCell(2, i + 1).value)).toEqual(spec.columns.map((c) => c.header));
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
      expect(
        (ws as unknown as { sheetProtection: { sheet: boolean; password?: string } }).sheetProtection,
      ).toMatchObject({ sheet: true });
      expect((ws as unknown as { sheetProtection: { password?: string } }).sheetProtection.password).toBeUndefined();
      const prepared = spec.name === "会员名册" || spec.name === "会费台账" ? 3000 : 1000;
      expect(spec.preparedRows).toBeGreaterThanOrEqual(prepared);
      const lastRow = 2 + spec.preparedRows;
      spec.columns.forEach((c, i) => {
        if (c.kind === "formula") {
          expect(ws.getCell(lastRow, i + 1).formula).toBeTruthy();
          expect(ws.getCell(lastRow, i + 1).protection?.locked).not.toBe(false);
          return;
        }
        for (const r of [3, lastRow]) {
          const dv = ws.getCell(r, i + 1).dataValidation;
          expect(dv?.prompt, `${spec.name} ${c.header} row ${r}`).toBeTruthy();
          if (c.kind === "option") {
            expect(dv?.type).toBe("list");
            expect(dv?.formulae?.[0]).toMatch(/^'_lists'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
          }
        }
        expect(ws.getCell(lastRow + 1, i + 1).dataValidation).toBeUndefined();
        // The column style leaves data cells unlocked (headers are locked cell by cell).
        expect(ws.getColumn(i + 1).style?.protection?.locked).toBe(false);
        // Locked is Excel's default: a cell style without a protection element is locked.
        expect(ws.getCell(2, i + 1).protection?.locked).not.toBe(false);
      });
    }
  });

  it("formats money and dates as the spec says", () => {
    const ws = sheet("慰问金台账");
    const col = (h: string): number =>
      (LEDGER_SHEETS[3].columns as readonly { header: string }[]).findIndex((c) => c.header === h) + 1;
    expect(ws.getColumn(col("金额(元)")).numFmt).toBe("#,##0.00");
    expect(ws.getColumn(col("日期")).numFmt).toBe("yyyy-mm-dd");
  });

  it("restricts ledger dates to the year when the year is given", () => {
    const dv = sheet("活动台账").getCell(3, 2).dataValidation;
    expect(dv?.type).toBe("date");
    expect((dv?.formulae ?? []).map((d) => new Date(d as Date).toISOString().slice(0, 10))).toEqual([
      "2024-01-01",
      "2024-12-31",
    ]);
  });

  it("puts one formula per summary item in 汇总, covering far more rows than prepared", () => {
    const ws = sheet(SHEET_NAMES.summary);
    SUMMARY_ITEMS.forEach((item, i) => {
      expect(ws.getCell(3 + i, 5).value).toBe(item.key);
      const f = ws.getCell(3 + i, 3).formula;
      expect(f, item.key).toMatch(/SUM|COUNT/);
      for (const m of f.matchAll(/\$(\d+):\$[A-Z]+\$(\d+)/g)) expect(Number(m[2])).toBeGreaterThan(3002);
    });
    expect(ws.getColumn(5).hidden).toBe(true);
  });

  it("prefills 基本信息 and locks the profile the upper union chose", () => {
    const ws = sheet(SHEET_NAMES.basicInfo);
    const byLabel = new Map<string, ExcelJS.Cell>();
    ws.eachRow((r) => byLabel.set(String(r.getCell(1).value), r.getCell(2)));
    expect(byLabel.get("工会名称")?.value).toBe("示例工会");
    expect(byLabel.get("年度")?.value).toBe(2024);
    expect(byLabel.get("经费标准方案")?.value).toBe("shandong-2018");
    expect(byLabel.get("经费标准方案")?.protection?.locked).not.toBe(false);
    expect(byLabel.get("工会名称")?.protection?.locked).toBe(false);
    expect([...byLabel.keys()].slice(1, 10)).toEqual([
      "工会名称",
      "所属单位",
      "上级工会",
      "年度",
      "填报人",
      "联系电话",
      "填报日期",
      "经费标准方案",
      "科目体系",
    ]);
  });

  it("explains itself in 填表说明 with the profile's caps and a worked example per ledger", () => {
    const text: string[] = [];
    sheet(SHEET_NAMES.instructions).eachRow((r) => r.eachCell((c) => text.push(String(c.value))));
    const all = text.join("\n");
    expect(all).toContain("节日慰问：每人每年合计不超过1600元");
    expect(all).toContain("生病住院：每次不超过600元");
    for (const spec of LEDGER_SHEETS) expect(all).toContain(`${spec.name}：`);
  });
});

describe("template versions", () => {
  it("knows the layout hash of the current version (change the layout → new version)", async () => {
    const { KNOWN_LAYOUT_HASHES } = await import("../../src/template/known-layouts.js");
    expect(KNOWN_LAYOUT_HASHES[TEMPLATE_VERSION]).toBe(await layoutHash());
  });
});

import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { LEDGER_SHEETS, SHEET_NAMES } from "../../src/layout/template-layout.js";
import { buildTemplate, workbookBytes } from "../../src/template/generate.js";
import { footerOf } from "../../src/template/print-setup.js";
import { columnLetter } from "../../src/workbook/address.js";
import { exampleWorkbook } from "../../tools/sample/bundled.js";
import { EXAMPLE_OPTIONS, makeExample } from "../../tools/sample/example.js";
import { profileById } from "../helpers/ledger.js";

const UNION = "示例&工会";

interface Written {
  readonly wb: ExcelJS.Workbook;
  /** `_xlnm.*` defined names of workbook.xml by sheet name: exceljs does not read formula ones back. */
  readonly names: ReadonlyMap<string, { area?: string; titles?: string }>;
}

const unescapeXml = (s: string): string =>
  s
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

/** Written and read back, so the assertions are about the file, not exceljs' memory. */
async function written(built: ExcelJS.Workbook): Promise<Written> {
  const bytes = await workbookBytes(built);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const xml = strFromU8(unzipSync(bytes)["xl/workbook.xml"] ?? new Uint8Array());
  const sheetNames = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => unescapeXml(m[1] ?? ""));
  const names = new Map<string, { area?: string; titles?: string }>();
  for (const m of xml.matchAll(/<definedName name="_xlnm\.(Print_Area|Print_Titles)" localSheetId="(\d+)">([^<]*)</g)) {
    const sheet = sheetNames[Number(m[2])] ?? "?";
    const entry = names.get(sheet) ?? {};
    if (m[1] === "Print_Area") entry.area = unescapeXml(m[3] ?? "");
    else entry.titles = unescapeXml(m[3] ?? "");
    names.set(sheet, entry);
  }
  return { wb, names };
}

const sheet = (w: Written, name: string): ExcelJS.Worksheet => {
  const ws = w.wb.getWorksheet(name);
  if (!ws) throw new Error(`missing sheet ${name}`);
  return ws;
};

let template: Written;
let example: Written;

beforeAll(async () => {
  template = await written(
    await buildTemplate({
      profile: profileById("default"),
      fiscalYear: 2024,
      unionName: UNION,
      generatedAt: "2024-12-31T00:00:00.000Z",
      generator: "test",
    }),
  );
  example = await written((await exampleWorkbook()).wb);
});

describe("the printed ledger (issue 13, item 7)", () => {
  it("prints every ledger on A4 landscape, one page wide, title and header rows on every page", () => {
    for (const spec of LEDGER_SHEETS) {
      const ps = sheet(template, spec.name).pageSetup;
      expect(ps.paperSize, spec.name).toBe(9);
      expect(ps.orientation, spec.name).toBe("landscape");
      expect(ps.fitToPage, spec.name).toBe(true);
      expect(ps.fitToWidth, spec.name).toBe(1);
      expect(ps.fitToHeight, spec.name).toBe(0);
      expect(ps.showGridLines, spec.name).toBe(true);
      expect(template.names.get(spec.name)?.titles).toBe(`'${spec.name}'!$1:$2`);
    }
  });

  it("gives the blank template's ledgers no print area: the used area prints (exceljs could not load a formula one)", () => {
    for (const spec of LEDGER_SHEETS) expect(template.names.get(spec.name)?.area, spec.name).toBeUndefined();
  });

  it("prints the example by its filled rows: a plain range LibreOffice honours too", () => {
    const { data } = makeExample(EXAMPLE_OPTIONS);
    for (const spec of LEDGER_SHEETS) {
      const rows = data.sheets?.[spec.name]?.length ?? 0;
      expect(rows, spec.name).toBeGreaterThan(0);
      expect(example.names.get(spec.name)?.area).toBe(
        `'${spec.name}'!$A$1:$${columnLetter(spec.columns.length)}$${2 + rows}`,
      );
    }
  });

  it("puts the union's name and 第N页 共M页 in every printed sheet's footer", () => {
    expect(footerOf(UNION)).toBe("&L示例&&工会&C第&P页 共&N页&R&A");
    expect(footerOf(undefined)).toBe("&C第&P页 共&N页&R&A");
    for (const name of [SHEET_NAMES.basicInfo, ...LEDGER_SHEETS.map((s) => s.name), SHEET_NAMES.summary])
      expect(sheet(template, name).headerFooter.oddFooter, name).toBe(footerOf(UNION));
    expect(sheet(template, SHEET_NAMES.instructions).headerFooter.oddFooter).toBe(footerOf(undefined));
  });

  it("titles each ledger with the union's name and year from 基本信息, as a formula", () => {
    const title = sheet(template, "会费台账").getCell("A1").value as ExcelJS.CellFormulaValue;
    expect(title.formula).toContain("'基本信息'!$B$");
    expect(title.result).toBe("示例&工会 会费台账（2024年度）");
  });

  it("prints 填表说明 and 汇总 on A4, one page wide, and ends 汇总 with the signature lines", () => {
    const instructions = sheet(template, SHEET_NAMES.instructions).pageSetup;
    expect([instructions.paperSize, instructions.orientation, instructions.fitToWidth]).toEqual([9, "landscape", 1]);
    expect(template.names.get(SHEET_NAMES.instructions)?.area).toMatch(/^'填表说明'!\$A\$1:\$L\$\d+$/);
    const summary = sheet(template, SHEET_NAMES.summary);
    expect([summary.pageSetup.paperSize, summary.pageSetup.orientation, summary.pageSetup.fitToWidth]).toEqual([
      9,
      "portrait",
      1,
    ]);
    const last = Number(/\$(\d+)$/.exec(template.names.get(SHEET_NAMES.summary)?.area ?? "")?.[1]);
    const labels = Array.from({ length: 5 }, (_, i) => String(summary.getCell(last - 4 + i, 1).value));
    expect(labels).toEqual(["经办人：", "审核人：", "工会主席：", "经审委员会主任：", "日期："]);
    // Where the clerk may type a name.
    expect(summary.getCell(last, 2).protection.locked).toBe(false);
  });
});

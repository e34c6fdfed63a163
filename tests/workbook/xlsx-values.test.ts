/**
 * Cell values in src/workbook/xlsx (ECMA-376 Part 1, §18.3.1.4 c, §18.18.11 ST_CellType): numbers,
 * booleans, errors, formulas and their cached results (shared formulas too), dates by number format
 * (styles.xml) and by t="d", the 1904 date system; checked against exceljs where it reads them right.
 */
import { describe, expect, it } from "vitest";
import { EMPTY } from "../../src/cells/raw-cell.js";
import { bothSources, sourceDiff } from "./source-diff.js";
import { rowCells, tinySheet, tinyXlsx, utc } from "./tiny-xlsx.js";

// Styles: 1 built-in date (14), 2 built-in time (20), 3 elapsed time (46), 4 custom yyyy/m/d,
// 5 custom 0.00"天" (not a date: the d is quoted), 6 [Red]0.00 (not a date), 7 the built-in 22.
const STYLES =
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy/m/d"/><numFmt numFmtId="165" formatCode="0.00&quot;天&quot;"/><numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/><xf numFmtId="46"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/></cellXfs>' +
  '<dxfs count="1"><dxf><numFmt numFmtId="167" formatCode="yyyy"/></dxf></dxfs>';

const num = (value: number) => ({ type: "number", value });
const date = (value: Date) => ({ type: "date", value });

describe("plain values", () => {
  it("numbers (exponents, negatives, long digits), booleans, errors, empty <v>", () => {
    const s = tinySheet({
      rows:
        '<row r="1"><c r="A1"><v>56.6</v></c><c r="B1" t="n"><v>-0.01</v></c><c r="C1"><v>1E+308</v></c><c r="D1"><v>12345678901234567890</v></c>' +
        '<c r="E1" t="b"><v>1</v></c><c r="F1" t="b"><v>0</v></c><c r="G1" t="e"><v>#N/A</v></c><c r="H1"><v></v></c><c r="I1" s="3"/></row>',
    });
    expect(rowCells(s, 9)).toEqual([
      num(56.6),
      num(-0.01),
      num(1e308),
      num(12345678901234567000),
      { type: "boolean", value: true },
      { type: "boolean", value: false },
      { type: "error", value: "#N/A" },
      EMPTY,
      EMPTY,
    ]);
  });

  it("decimals read exactly as parseFloat reads them (the fast path is exact)", () => {
    const values = [
      "0.1",
      "0.3",
      "22.65",
      "4537.8",
      "123456789012.345",
      "-999999999999999",
      "0.000001",
      "3.",
      ".5",
      "007",
    ];
    const s = tinySheet({
      rows: `<row r="1">${values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${v}</v></c>`).join("")}</row>`,
    });
    expect(rowCells(s, values.length)).toEqual(values.map((v) => num(parseFloat(v))));
  });
});

describe("dates", () => {
  it("by number format: built-in date/time ids, custom codes, quoted and bracketed parts not", () => {
    const cells = [1, 2, 3, 4, 5, 6, 7, 0]
      .map((style, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${style}"><v>45356.5</v></c>`)
      .join("");
    const s = tinySheet({ styles: STYLES, rows: `<row r="1">${cells}</row>` });
    const noon = date(utc(2024, 3, 5, 12));
    expect(rowCells(s, 8)).toEqual([noon, noon, noon, noon, num(45356.5), num(45356.5), noon, num(45356.5)]);
  });

  it("the 1904 date system (workbookPr date1904) moves serials by 1,462 days", () => {
    const s = tinySheet({
      styles: STYLES,
      workbookPr: '<workbookPr date1904="1"/>',
      rows: '<row r="1"><c r="A1" s="1"><v>43894</v></c></row>',
    });
    expect(s.cell(1, 1)).toEqual(date(utc(2024, 3, 5)));
  });

  it("are read as exceljs reads them (every cell, both readers)", async () => {
    const rows = [1, 2, 3, 4, 5, 6, 7]
      .map(
        (st, i) =>
          `<row r="${i + 1}"><c r="A${i + 1}" s="${st}"><v>${45356 + i / 7}</v></c><c r="B${i + 1}" s="${st}"><f>A${i + 1}+1</f><v>${45357 + i / 7}</v></c></row>`,
      )
      .join("");
    for (const workbookPr of ["", '<workbookPr date1904="1"/>']) {
      const both = await bothSources(tinyXlsx({ styles: STYLES, workbookPr, sheets: [{ name: "S", rows }] }));
      expect(sourceDiff(both.exceljs, both.xlsx)).toEqual([]);
    }
  });

  it('t="d": an ISO 8601 date (and time) as written, on the calendar (exceljs reads the year as a number)', () => {
    const s = tinySheet({
      rows:
        '<row r="1"><c r="A1" t="d"><v>2024-03-05</v></c><c r="B1" t="d"><v>2024-03-05T08:30:00</v></c><c r="C1" t="d"><v>2024-03-05T00:00:00Z</v></c>' +
        '<c r="D1" t="d"><v>T10:15:00</v></c><c r="E1" t="d"><v>2024-02-30</v></c><c r="F1" t="d" s="1"><f>A1+1</f><v>2024-03-06T00:00:00</v></c></row>',
    });
    expect(rowCells(s, 6)).toEqual([
      date(utc(2024, 3, 5)),
      date(utc(2024, 3, 5, 8, 30)),
      date(utc(2024, 3, 5)),
      date(utc(1899, 12, 30, 10, 15)),
      { type: "string", value: "2024-02-30" },
      { type: "date", value: utc(2024, 3, 6), formula: "A1+1" },
    ]);
  });
});

describe("formulas", () => {
  it("cached results of every type kept with the formula; no cached value; a formula with only a type", () => {
    const s = tinySheet({
      rows:
        '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>0*1</f><v>0</v></c><c r="C1" t="str"><f>IF(1,"")</f><v></v></c><c r="D1" t="b"><f>1=0</f><v>0</v></c>' +
        '<c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1"><f>SUM(A1:B1)</f></c><c r="G1"><f t="array" ref="G1">SUM(A1:B1*2)</f><v>4</v></c><c r="H1"><f t="dataTable" ref="H1" dt2D="0" dtr="0" r1="A1"/><v>7</v></c></row>',
    });
    expect(rowCells(s, 8)).toEqual([
      { type: "number", value: 2, formula: "1+1" },
      { type: "number", value: 0, formula: "0*1" },
      { type: "empty", formula: 'IF(1,"")' },
      { type: "boolean", value: false, formula: "1=0" },
      { type: "error", value: "#DIV/0!", formula: "1/0" },
      { type: "empty", formula: "SUM(A1:B1)" },
      { type: "number", value: 4, formula: "SUM(A1:B1*2)" },
      num(7),
    ]);
  });

  it("shared formulas: each cell gets the first cell's formula moved by its offset, $ parts fixed", async () => {
    const rows =
      '<row r="3"><c r="D3"><f t="shared" ref="D3:E5" si="0">ROUND(FLOOR(C3,10)*0.005,2)+$C$1+C$2+$A4+SUM(A3:B3)</f><v>1</v></c><c r="E3"><f t="shared" si="0"/><v>2</v></c></row>' +
      '<row r="4"><c r="D4"><f t="shared" si="0"/><v>3</v></c></row><row r="5"><c r="E5"><f t="shared" si="0"/><v>4</v></c></row>';
    const s = tinySheet({ rows });
    expect(s.cell(3, 5)).toEqual({
      type: "number",
      value: 2,
      formula: "ROUND(FLOOR(D3,10)*0.005,2)+$C$1+D$2+$A4+SUM(B3:C3)",
    });
    expect(s.cell(4, 4)).toEqual({
      type: "number",
      value: 3,
      formula: "ROUND(FLOOR(C4,10)*0.005,2)+$C$1+C$2+$A5+SUM(A4:B4)",
    });
    expect(s.cell(5, 5)?.formula).toBe("ROUND(FLOOR(D5,10)*0.005,2)+$C$1+D$2+$A6+SUM(B5:C5)");
    const both = await bothSources(tinyXlsx({ sheets: [{ name: "S", rows }] }));
    expect(sourceDiff(both.exceljs, both.xlsx)).toEqual([]);
  });
});

describe("where exceljs misreads, read as Excel shows the cell", () => {
  it("a formula's error or text result in a date-formatted cell stays an error or text; a hyperlinked number stays a number", async () => {
    const rows =
      '<row r="1"><c r="A1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" s="1" t="str"><f>"无"</f><v>无</v></c><c r="C1"><v>5</v></c></row>';
    const link = '<hyperlinks><hyperlink ref="C1" r:id="rId1"/></hyperlinks>';
    const sheetRels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>';
    const bytes = tinyXlsx({
      styles: STYLES,
      sheets: [{ name: "S", rows, after: link }],
      parts: { "xl/worksheets/_rels/sheet1.xml.rels": sheetRels },
    });
    const both = await bothSources(bytes);
    const ours = both.xlsx.sheet("S");
    expect(ours && rowCells(ours, 3)).toEqual([
      { type: "error", value: "#DIV/0!", formula: "1/0" },
      { type: "string", value: "无", formula: '"无"' },
      num(5),
    ]);
    // exceljs: an invalid Date for both results (shown ########), and nothing for the linked number.
    const old = both.exceljs.sheet("S");
    expect(old && rowCells(old, 3).map((c) => (c.type === "date" ? `date ${c.value.getTime()}` : c.type))).toEqual([
      "date NaN",
      "date NaN",
      "empty",
    ]);
  });
});

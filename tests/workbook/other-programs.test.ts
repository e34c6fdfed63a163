/**
 * Files as other programs save them: .xlsx packages written part by part (no exceljs), storing the
 * clean fixture's data with shared strings, inline strings, rich-text runs, formulas with cached
 * values, shared formulas and date serials with built-in or custom date formats. Each must read
 * exactly like the workbook the template generator writes: no findings, the same totals.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import { cleanData, ledgerBytes, profileById } from "../helpers/ledger.js";
import { handLedger, type HandLedgerOptions } from "../fixtures-hand/hand-ledger.js";
import { cell, handXlsx, sheetXml } from "../fixtures-hand/xlsx.js";
import { summary } from "../fixtures-hand/template-edit.js";

const profile = profileById("default");

async function analyse(bytes: Uint8Array): Promise<Analysis> {
  const r = await analyzeBytes(bytes);
  if (!r.ok) throw new Error(`input error ${r.error.code}: ${r.error.detail ?? ""}`);
  return r.value;
}

let generated: Analysis;
beforeAll(async () => {
  generated = await analyse(await ledgerBytes(cleanData()));
  expect(generated.findings).toEqual([]);
});

const VARIANTS: readonly [string, Omit<HandLedgerOptions, "profile">][] = [
  ["shared strings, dates with the built-in date format (numFmtId 14)", { text: "shared", date: "builtinFormat" }],
  [
    "inline strings, dates with a custom yyyy/m/d format, headers in row 3",
    { text: "inline", date: "customFormat", customDateFormat: "yyyy/m/d", rowsAboveHeader: 2 },
  ],
  [
    "rich-text runs in the shared strings, dates formatted yyyy年m月d日",
    { text: "sharedRich", date: "customFormat", customDateFormat: 'yyyy"年"m"月"d"日"' },
  ],
  [
    "rich-text runs in inline strings, dues formulas as shared formulas (Excel's fill-down)",
    { text: "inlineRich", date: "builtinFormat", sharedFormulas: true },
  ],
  [
    'every text, number and date a formula with its cached value (="张"&"三", =DATE(2024,4,20))',
    { text: "formula", date: "formula" },
  ],
];

describe("a ledger written part by part, as other programs save it, reads like the generated template", () => {
  it.each(VARIANTS)("%s", async (_, options) => {
    const bytes = handLedger(cleanData(), { ...options, profile });
    const a = await analyse(bytes);
    expect(summary(a)).toBe("");
    expect(a.totals).toEqual(generated.totals);
    expect(a.ledger.template?.id).toBe("union-ledger");
    // The same rows, values and all (the rows sit lower when the header is lower).
    const shift = options.rowsAboveHeader ?? 0;
    expect(a.ledger.condolences.rows.map((r) => ({ ...r.values, row: r.row - shift - 1 }))).toEqual(
      generated.ledger.condolences.rows.map((r) => ({ ...r.values, row: r.row - 2 })),
    );
    expect(a.ledger.members.rows.map((r) => r.values)).toEqual(generated.ledger.members.rows.map((r) => r.values));
    expect(a.ledger.info).toMatchObject({ unionName: "测试工会", fiscalYear: 2024, profileId: "default" });
  });

  it("a formula with a stale cached value in 月应缴 is dues_formula_broken at that cell (the cache is read, not ignored)", async () => {
    const bytes = handLedger(cleanData(), { text: "shared", date: "builtinFormat", profile });
    // Find the sheet part of 会费台账 (the third sheet) and change M001's cached 22.65 to 99.
    const parts = unzipSync(bytes);
    const sheet = strFromU8(parts["xl/worksheets/sheet3.xml"] ?? new Uint8Array());
    expect(sheet).toContain("<v>22.65</v>");
    parts["xl/worksheets/sheet3.xml"] = strToU8(sheet.replace("<v>22.65</v>", "<v>99</v>"));
    const a = await analyse(zipSync(parts));
    expect(a.findings.map((f) => `${f.code} ${f.sheet}!${f.cell ?? ""}`)).toEqual(["dues_formula_broken 会费台账!D2"]);
  });
});

describe("control characters, as Excel stores them and raw", () => {
  const ledgerWith = (remark: string, cost: string): Uint8Array => {
    const data = cleanData();
    const act = (data.sheets as Record<string, Record<string, unknown>[]>)["活动台账"]?.[0];
    if (!act) throw new Error("no activity");
    act["remark"] = remark;
    act["cost"] = cost;
    return handLedger(data, { text: "inline", date: "builtinFormat", profile });
  };

  it("Excel's _x0007_ escapes are read as text: fine in 备注, invalid_number in 费用(元)", async () => {
    const a = await analyse(ledgerWith("会后聚餐_x0007_", "1500_x0001_"));
    expect(a.findings.map((f) => `${f.code} ${f.sheet}!${f.cell ?? ""}`)).toEqual(["invalid_number 活动台账!I2"]);
  });

  it("raw control characters make the XML ill-formed: an input error (corrupt), not a throw", async () => {
    const r = await analyzeBytes(ledgerWith("会后\u0007聚餐", "1500"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("corrupt");
  });
});

describe("files that stretch the format never throw: they are read, or refused with an input error", () => {
  const HEAD = [cell.inline("日期"), cell.inline("活动名称"), cell.inline("活动类别")];
  const cases: readonly [string, () => Uint8Array][] = [
    // ISO 8601 date cells (t="d"), which exceljs 4.4 does not know.
    [
      "a date cell of type d",
      () =>
        handXlsx({
          sheets: [
            {
              name: "活动台账",
              xml: sheetXml([
                HEAD,
                [{ attrs: 't="d"', body: "<v>2024-03-05T00:00:00</v>" }, cell.inline("x"), cell.inline("其他")],
              ]),
            },
          ],
        }),
    ],
    // Namespace-prefixed elements (<x:worksheet>), as some OpenXML SDK based exporters write.
    [
      "x:-prefixed SpreadsheetML",
      () =>
        handXlsx({
          sheets: [
            {
              name: "活动台账",
              xml: sheetXml([HEAD])
                .replace(/<(\/?)([a-zA-Z]+)([ >/])/g, "<$1x:$2$3")
                .replace("<x:?xml", "<?xml")
                .replace("xmlns=", "xmlns:x="),
            },
          ],
        }),
    ],
    // Rows and cells without r="…" (optional in the standard).
    [
      "cells without r attributes",
      () =>
        handXlsx({
          sheets: [
            {
              name: "活动台账",
              xml: sheetXml([HEAD, [cell.number(45356), cell.inline("x"), cell.inline("其他")]]).replace(
                / r="[A-Z]*\d+"/g,
                "",
              ),
            },
          ],
        }),
    ],
    [
      "a shared-string index past the end of the table",
      () => handXlsx({ sheets: [{ name: "活动台账", xml: sheetXml([[cell.shared(7)]]) }] }),
    ],
    [
      "a style index past the end of the styles",
      () =>
        handXlsx({
          sheets: [
            {
              name: "活动台账",
              xml: sheetXml([HEAD, [cell.number(45356, 42), cell.inline("x"), cell.inline("其他")]]),
            },
          ],
        }),
    ],
  ];

  it.each(cases)("%s", async (_, make) => {
    const r = await analyzeBytes(make());
    if (r.ok)
      expect(r.value.findings.length).toBeGreaterThan(0); // a one-sheet file: sheets are missing
    else expect(["corrupt", "not_ledger"]).toContain(r.error.code);
  });
});

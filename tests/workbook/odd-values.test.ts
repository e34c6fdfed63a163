/**
 * Every kind of odd value in every column of every ledger sheet (src/layout/sheets/*.ts): the
 * reader and the rules must never throw, always return findings (not an input error), and flag
 * the cell wherever the value cannot be what the column holds. Totals stay finite integers.
 */
import type ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import type { ColumnKind, SheetSpec } from "../../src/layout/column.js";
import { BASIC_INFO_SHEET, LEDGER_SHEETS } from "../../src/layout/template-layout.js";
import { cellAddress } from "../../src/workbook/address.js";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";
import { FIRST_DATA_ROW, colOf, summary } from "../fixtures-hand/template-edit.js";
import { replaceCellXml, sheetPartPath } from "../fixtures-hand/xlsx.js";
import { infoRowOf } from "../../src/template/info-sheet.js";

type Odd = string | number | boolean | Date | ExcelJS.CellValue;
interface Kind {
  readonly id: string;
  /** The value for the n-th cell of this kind (some kinds alternate two values). */
  readonly value: (n: number) => Odd;
  /** Column kinds whose parser accepts the value: there the cell need not be flagged. */
  readonly acceptedBy: readonly ColumnKind[];
}

const KINDS: readonly Kind[] = [
  { id: "boolean", value: (n) => n % 2 === 0, acceptedBy: ["text"] },
  { id: "±1e308", value: (n) => (n % 2 ? -1e308 : 1e308), acceptedBy: ["text"] },
  // Finite and a safe integer of fen, but 90 trillion 元: summed, it would leave the safe range.
  { id: "9e13", value: () => 9e13, acceptedBy: ["text", "integer"] },
  { id: "negative", value: (n) => (n % 2 ? -5 : -0.01), acceptedBy: ["text"] },
  { id: "N/A", value: () => "N/A", acceptedBy: ["text"] },
  { id: "emoji", value: () => "🎉", acceptedBy: ["text"] },
  // exceljs drops the characters XML cannot hold when it writes; see the hand-written file below.
  { id: "control characters", value: () => "A\u0000\u0001B\u0007\u001b\u007f", acceptedBy: ["text"] },
  { id: "5,000 characters", value: () => "长".repeat(5000), acceptedBy: ["text"] },
  // In the template's money and integer cells a Date is stored as its serial (45413) and read back
  // as that number; in its date-formatted cells a number is a date (12345 = 1933-10-18).
  { id: "a Date", value: () => new Date(Date.UTC(2024, 4, 1)), acceptedBy: ["text", "date", "money", "integer"] },
  { id: "a number", value: () => 12345, acceptedBy: ["text", "money", "integer", "date"] },
  { id: "an error value", value: () => ({ error: "#N/A" }), acceptedBy: [] },
  {
    id: "empty rich text",
    value: () => ({ richText: [] }),
    acceptedBy: ["text", "money", "integer", "date", "option"],
  },
];

/** Kinds analysed together in one workbook (one row per column and kind), to keep the run short. */
const GROUPS: readonly (readonly Kind[])[] = [KINDS.slice(0, 4), KINDS.slice(4, 8), KINDS.slice(8)];

interface Placed {
  readonly sheet: string;
  readonly cell: string;
  readonly kind: Kind;
  readonly columnKind: ColumnKind;
  readonly header: string;
}

function walkNumbers(node: unknown, path: string, out: [string, number][]): void {
  if (typeof node === "number") out.push([path, node]);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) walkNumbers(v, `${path}.${k}`, out);
}

function expectSaneTotals(a: Analysis): void {
  const numbers: [string, number][] = [];
  walkNumbers(a.totals, "totals", numbers);
  expect(numbers.length).toBeGreaterThan(50);
  const bad = numbers.filter(
    ([path, n]) => !Number.isFinite(n) || (/Fen(\.\d+)?$/.test(path) && !Number.isSafeInteger(n)),
  );
  expect(bad).toEqual([]);
}

describe.each(GROUPS.map((g) => [g.map((k) => k.id).join(", "), g] as const))(
  "odd values (%s) in every column of every ledger",
  (_, group) => {
    let a: Analysis;
    const placed: Placed[] = [];

    beforeAll(async () => {
      const data = cleanData();
      const sheets = data.sheets as Record<string, Record<string, Odd>[]>;
      let n = 0;
      for (const spec of LEDGER_SHEETS as readonly SheetSpec[]) {
        const rows = sheets[spec.name] ?? [];
        const base = rows[0] ?? {};
        const firstNew = FIRST_DATA_ROW + rows.length;
        for (const column of spec.columns) {
          for (const kind of group) {
            placed.push({
              sheet: spec.name,
              cell: cellAddress(firstNew + placed.filter((p) => p.sheet === spec.name).length, colOf(spec, column.key)),
              kind,
              columnKind: column.kind,
              header: column.header,
            });
            rows.push({ ...base, [column.key]: kind.value(n++) });
          }
        }
        sheets[spec.name] = rows;
      }
      // 基本信息: each field but 年度 gets one of the group's values (年度 has its own test below).
      const info = data.info as Record<string, Odd>;
      BASIC_INFO_SHEET.fields.forEach((f, i) => {
        if (f.key !== "fiscalYear") info[f.key] = group[i % group.length]?.value(i) ?? null;
      });
      const result = await analyzeBytes(await ledgerBytes(data));
      if (!result.ok) throw new Error(`input error ${result.error.code}: ${result.error.detail ?? ""}`);
      a = result.value;
    });

    it("is analysed (no throw, no input error) with findings and finite integer totals", () => {
      expect(a.findings.length).toBeGreaterThan(0);
      expect(a.findings.every((f) => typeof f.code === "string" && typeof f.sheet === "string")).toBe(true);
      expectSaneTotals(a);
    });

    it.each(group.map((k) => [k.id, k] as const))(
      "flags every cell holding %s where the column cannot take it",
      (_id, kind) => {
        const mine = placed.filter((p) => p.kind === kind);
        expect(mine.length).toBe(LEDGER_SHEETS.reduce((n, s) => n + s.columns.length, 0));
        const missed = mine
          .filter((p) => !kind.acceptedBy.includes(p.columnKind))
          .filter((p) => !a.findings.some((f) => f.sheet === p.sheet && f.cell === p.cell))
          .map((p) => `${p.sheet}!${p.cell} ${p.header} (${p.columnKind})`);
        expect(missed, summary(a).slice(0, 2000)).toEqual([]);
      },
    );
  },
);

describe("odd values in 基本信息 年度 (the cell rewritten in the saved file)", () => {
  let parts: Record<string, Uint8Array>;
  let infoPart: string;
  beforeAll(async () => {
    parts = unzipSync(await ledgerBytes(cleanData()));
    infoPart = sheetPartPath(parts, BASIC_INFO_SHEET.name);
  });

  const YEAR_CELL = `B${infoRowOf("fiscalYear")}`;
  it.each([
    ["N/A", `<c r="${YEAR_CELL}" t="inlineStr"><is><t>N/A</t></is></c>`],
    ["TRUE", `<c r="${YEAR_CELL}" t="b"><v>1</v></c>`],
    ["1E+308", `<c r="${YEAR_CELL}"><v>1E+308</v></c>`],
    ["-2024", `<c r="${YEAR_CELL}"><v>-2024</v></c>`],
    ["2024.5", `<c r="${YEAR_CELL}"><v>2024.5</v></c>`],
    ["#VALUE!", `<c r="${YEAR_CELL}" t="e"><v>#VALUE!</v></c>`],
  ])("年度 = %s: an error finding on 年度, the ledgers still read", async (_, xml) => {
    const sheet = strFromU8(parts[infoPart] ?? new Uint8Array());
    const result = await analyzeBytes(
      zipSync({ ...parts, [infoPart]: strToU8(replaceCellXml(sheet, YEAR_CELL, xml)) }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.value;
    const yearFindings = a.findings.filter((f) => f.sheet === BASIC_INFO_SHEET.name && f.cell === YEAR_CELL);
    expect(yearFindings.length, summary(a)).toBeGreaterThan(0);
    expect(yearFindings.every((f) => f.severity === "error")).toBe(true);
    expect(a.ledger.info.fiscalYear).toBeUndefined();
    expect(a.totals.activities.count).toBe(1);
    expect(a.totals.condolences.count).toBe(2);
    expectSaneTotals(a);
  });
});

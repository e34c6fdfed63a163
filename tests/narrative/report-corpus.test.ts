/**
 * `report` never fails on data it accepted (issue 10): every workbook the test suite can build or
 * finds committed goes through the report path in process — analyzeBytes (or, for the ledgers the
 * tests fill, the same analysis in memory), buildReport, the .docx writer, as
 * src/cli/commands/report.ts runs them — and each ends in a report or in a documented
 * input error, never in a thrown exception (the CLI's "程序内部错误"). The odd ledgers are the ones
 * whose ratios have no base: nothing owed, nothing spent, nothing last year, costs that cancel out.
 */
import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import { nativeChart } from "../../src/charts/native-chart.js";
import type { ChartRenderer } from "../../src/docx/blocks.js";
import { writeReportDocx } from "../../src/docx/write.js";
import { evaluate } from "../../src/narrative/figures.js";
import type { Report, Table } from "../../src/report/model.js";
import type { FillData, FillRow } from "../../src/template/fill.js";
import { workbookBytes } from "../../src/template/generate.js";
import type { Result } from "../../src/result.js";
import { InputErrorCode, type InputError } from "../../src/workbook/input-error.js";
import { inputErrorMessage } from "../../src/workbook/messages/index.js";
import { handLedger, type HandLedgerOptions } from "../fixtures-hand/hand-ledger.js";
import { corruptZip, encryptedOle, legacyXls, pngFile, textFile, truncated } from "../fixtures-hand/hostile.js";
import { removeSheet } from "../fixtures-hand/template-edit.js";
import { minimalDocx, plainWorkbook } from "../fixtures-hand/xlsx.js";
import { analyzeData, cleanData, ledgerBytes, ledgerWorkbook, months, profileById, YEAR } from "../helpers/ledger.js";
import { figuresOf, paragraphs, plain, reportOf } from "../helpers/report.js";
import { oddValuesWorkbook } from "../workbook/odd-workbook.js";

type Data = ReturnType<typeof cleanData>;

/** The clean ledger with some sheets replaced (and the year changed for a prior workbook). */
function ledger(
  sheets: Partial<Record<"会员名册" | "会费台账" | "活动台账" | "慰问金台账", FillRow[]>>,
  year = YEAR,
): Data {
  const d = cleanData();
  return { info: { ...d.info, fiscalYear: year }, sheets: { ...d.sheets, ...sheets } };
}
const mapRows = (rows: readonly FillRow[] | undefined, f: (r: FillRow) => FillRow): FillRow[] => (rows ?? []).map(f);
const clean = cleanData();
const activity = (seq: number, category: string, cost: number, participants = 10): FillRow => ({
  seq,
  date: `2024-0${seq}-10`,
  name: `活动${seq}`,
  category,
  participants,
  cost,
  funding: "工会经费",
  handler: "周干事",
  approver: "王主席",
});

const bytesOf = (data: FillData) => (): Promise<Uint8Array> => ledgerBytes(data);
const committed = (path: string) => async (): Promise<Uint8Array> => new Uint8Array(await readFile(path));
const hand = (o: Omit<HandLedgerOptions, "profile">) => async (): Promise<Uint8Array> =>
  handLedger(cleanData(), { ...o, profile: profileById("default") });
const withoutSheet = (name: string) => async (): Promise<Uint8Array> => {
  const wb = await ledgerWorkbook(cleanData());
  removeSheet(wb, name);
  return workbookBytes(wb);
};

/**
 * A workbook: its bytes, read as the CLI reads a file, or the fill data of a template the tests
 * build, analysed in memory (tests/helpers/memory-ledger.ts reads exactly like the written file:
 * tests/helpers/memory-ledger.test.ts).
 */
type Case = {
  readonly name: string;
  /** Last year's fill data, for 同比. */
  readonly prior?: FillData;
  /** What the file must end in: a report, or the input error with this code. */
  readonly outcome: "report" | InputErrorCode;
} & (
  | { readonly bytes: () => Promise<Uint8Array>; readonly data?: never }
  | { readonly data: FillData; readonly bytes?: never }
);

const ZERO_DUES = ledger({ 会费台账: mapRows(clean.sheets["会费台账"], (r) => ({ ...r, wage: undefined })) });
const NOTHING = ledger({ 会员名册: [], 会费台账: [], 活动台账: [], 慰问金台账: [] });

const CASES: readonly Case[] = [
  // Committed workbooks.
  {
    name: "templates/example-2024.xlsx (the bundled example)",
    bytes: committed("templates/example-2024.xlsx"),
    outcome: "report",
  },
  {
    name: "templates/union-ledger-template-v1.xlsx (the empty template as shipped)",
    bytes: committed("templates/union-ledger-template-v1.xlsx"),
    outcome: "report",
  },
  // The fixtures the suite builds.
  { name: "the clean ledger (through the written file)", bytes: bytesOf(clean), outcome: "report" },
  { name: "the clean ledger", data: clean, outcome: "report" },
  { name: "an empty template (basic information only)", data: { info: clean.info }, outcome: "report" },
  { name: "an empty template, not even 基本信息 filled", data: {}, outcome: "report" },
  {
    name: "hand-written: shared strings, built-in date format",
    bytes: hand({ text: "shared", date: "builtinFormat" }),
    outcome: "report",
  },
  {
    name: "hand-written: inline strings, custom date format, headers in row 3",
    bytes: hand({ text: "inline", date: "customFormat", customDateFormat: "yyyy/m/d", rowsAboveHeader: 2 }),
    outcome: "report",
  },
  {
    name: "hand-written: rich text, shared formulas",
    bytes: hand({ text: "inlineRich", date: "builtinFormat", sharedFormulas: true }),
    outcome: "report",
  },
  {
    name: "hand-written: every cell a formula with its cached value",
    bytes: hand({ text: "formula", date: "formula" }),
    outcome: "report",
  },
  {
    name: "odd values in every column (tests/workbook/odd-workbook.ts)",
    bytes: async () => workbookBytes(await oddValuesWorkbook()),
    outcome: "report",
  },
  { name: "without the 会费台账 sheet", bytes: withoutSheet("会费台账"), outcome: "report" },
  { name: "without the 会员名册 sheet", bytes: withoutSheet("会员名册"), outcome: "report" },
  // Ratios without a base.
  { name: "every 计缴工资 empty: dues paid, none owed", data: ZERO_DUES, outcome: "report" },
  {
    name: "members only, no dues rows, no activities or condolences",
    data: ledger({ 会费台账: [], 活动台账: [], 慰问金台账: [] }),
    outcome: "report",
  },
  {
    name: "dues rows with every amount empty (no wage, no payment)",
    data: ledger({
      会费台账: mapRows(clean.sheets["会费台账"], (r) => ({ memberId: r["memberId"], name: r["name"] })),
    }),
    outcome: "report",
  },
  {
    name: "dues rows with wages but no payment at all",
    data: ledger({
      会费台账: mapRows(clean.sheets["会费台账"], (r) => ({
        memberId: r["memberId"],
        name: r["name"],
        wage: r["wage"],
      })),
    }),
    outcome: "report",
  },
  {
    name: "activities but no members (and no dues or condolences)",
    data: ledger({ 会员名册: [], 会费台账: [], 慰问金台账: [] }),
    outcome: "report",
  },
  { name: "condolences only", data: ledger({ 会费台账: [], 活动台账: [] }), outcome: "report" },
  {
    name: "retirees only (no dues owed)",
    data: ledger({
      会员名册: [{ memberId: "R1", name: "老张", joinDate: "1990-01-01", status: "退休", statusDate: "2015-06-01" }],
      会费台账: [],
      慰问金台账: [],
    }),
    outcome: "report",
  },
  { name: "nothing in any ledger", data: NOTHING, outcome: "report" },
  {
    name: "a negative payment and no wage (paid < 0, nothing owed)",
    data: ledger({ 会费台账: [{ memberId: "M001", name: "张三", m1: -50 }] }),
    outcome: "report",
  },
  {
    name: "activity costs that cancel out (total 0)",
    data: ledger({ 活动台账: [activity(1, "文体活动", 1500), activity(2, "宣传活动", -1500)], 慰问金台账: [] }),
    outcome: "report",
  },
  {
    name: "a negative cost outweighing the others (one category over 100%)",
    data: ledger({
      活动台账: [activity(1, "文体活动", 2000), activity(2, "宣传活动", 100), activity(3, "劳动竞赛", -1900)],
    }),
    outcome: "report",
  },
  {
    name: "activities costing nothing",
    data: ledger({ 活动台账: [activity(1, "文体活动", 0), activity(2, "宣传活动", 0, 0)], 慰问金台账: [] }),
    outcome: "report",
  },
  {
    name: "negative condolences cancelling the activity costs",
    data: ledger({ 慰问金台账: mapRows(clean.sheets["慰问金台账"], (r) => ({ ...r, amount: -750 })) }),
    outcome: "report",
  },
  {
    name: "dues paid above what is owed",
    data: ledger({ 会费台账: mapRows(clean.sheets["会费台账"], (r) => ({ ...r, ...months(100, 12) })) }),
    outcome: "report",
  },
  // 同比 against a year with nothing, or with nothing owed.
  {
    name: "the clean ledger against a year with nothing in any ledger",
    data: clean,
    prior: ledger({ 会员名册: [], 会费台账: [], 活动台账: [], 慰问金台账: [] }, YEAR - 1),
    outcome: "report",
  },
  {
    name: "nothing in any ledger against a year with nothing",
    data: NOTHING,
    prior: ledger({ 会员名册: [], 会费台账: [], 活动台账: [], 慰问金台账: [] }, YEAR - 1),
    outcome: "report",
  },
  { name: "no dues owed against a clean year", data: ZERO_DUES, prior: ledger({}, YEAR - 1), outcome: "report" },
  {
    name: "the clean ledger against a year with no dues paid",
    data: clean,
    prior: ledger({ 会费台账: [] }, YEAR - 1),
    outcome: "report",
  },
  // Files that are no ledger: documented input errors.
  { name: "an empty file", bytes: async () => new Uint8Array(0), outcome: "empty" },
  { name: "a text file", bytes: async () => textFile(), outcome: "not_xlsx" },
  { name: "a PNG image", bytes: async () => pngFile(), outcome: "not_xlsx" },
  { name: "a corrupt zip", bytes: async () => corruptZip(), outcome: "corrupt" },
  {
    name: "the first half of the clean ledger",
    bytes: async () => truncated(await ledgerBytes(cleanData())),
    outcome: "corrupt",
  },
  { name: "an OLE file with an EncryptionInfo stream", bytes: async () => encryptedOle(), outcome: "encrypted" },
  { name: "a legacy .xls", bytes: async () => legacyXls(), outcome: "legacy_xls" },
  { name: "a workbook that is not a ledger", bytes: async () => plainWorkbook(), outcome: "not_ledger" },
  { name: "a .docx renamed .xlsx", bytes: async () => minimalDocx(), outcome: "not_xlsx" },
];

const NATIVE: ChartRenderer = { render: async (spec) => nativeChart(spec) };
const sha256 = async (t: string): Promise<string> => String(t.length); // the writer only stores it

/** Everything the report writes as text: paragraphs and table cells. */
function allText(r: Report): string {
  const tables = [...r.sections, ...r.appendices].flatMap((s) =>
    s.blocks.filter((b): b is Table => b.kind === "table"),
  );
  return [
    r.title,
    ...paragraphs(r).map(plain),
    ...tables.flatMap((t) => [t.caption, ...t.header, ...t.rows.flat()]),
  ].join("\n");
}

function findingCounts(a: Analysis): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of a.findings) {
    counts[f.code] = (counts[f.code] ?? 0) + 1;
    counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  }
  return counts;
}

describe("report over every workbook the tests have: a report or an input error, never an internal error", () => {
  it.each(CASES)("$name → $outcome", async (c) => {
    const read: Result<Analysis, InputError> = c.data
      ? { ok: true, value: await analyzeData(c.data) }
      : await analyzeBytes(await c.bytes());
    if (!read.ok) {
      expect(read.error.code).toBe(c.outcome);
      expect(Object.values(InputErrorCode)).toContain(read.error.code);
      expect(inputErrorMessage(read.error)).not.toMatch(/undefined|程序内部错误/);
      return;
    }
    expect(c.outcome).toBe("report");
    const a = read.value;
    const prior = c.prior ? (await analyzeData(c.prior)).totals : undefined;
    // The report path of the CLI, in process: neither step may throw.
    const report = reportOf(a, prior);
    const docx = unzipSync((await writeReportDocx(report, { charts: NATIVE, sha256 })).docx);
    expect(Object.keys(docx)).toContain("word/document.xml");

    // What it says is well-formed: no NaN or Infinity, every percentage a number.
    const text = allText(report);
    expect(text).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
    expect(text.replace(/-?\d+(\.\d)?%/g, "")).not.toContain("%");
    // No rate of nothing owed, no 同比 against nothing last year.
    const prose = paragraphs(report).map(plain).join("\n");
    if (a.totals.dues.expectedFen <= 0) expect(prose).not.toMatch(/收缴率|应收尽收/);
    for (const f of figuresOf(report)) {
      expect(Number.isFinite(f.value), f.text).toBe(true);
      // A share of spending is a part of a whole (negative amounts, already errors, must not make it 1000%).
      if (f.source.kind === "ratio" && !(f.source.of.kind === "total" && f.source.of.path === "dues.paidFen")) {
        expect(f.value, f.text).toBeGreaterThanOrEqual(0);
        expect(f.value, f.text).toBeLessThanOrEqual(1);
      }
      if (f.source.kind === "count" && f.source.what === "months without activity") continue;
      expect(
        evaluate(
          f.source,
          prior
            ? { totals: a.totals, prior, findingCounts: findingCounts(a) }
            : { totals: a.totals, findingCounts: findingCounts(a) },
        ),
        f.text,
      ).toBe(f.value);
    }
  });
});

import type ExcelJS from "exceljs";
import { analyzeBytes, analyzeWorkbook, type Analysis, type AnalyzeOptions } from "../../src/analysis/analyze.js";
import type { Finding } from "../../src/findings/finding.js";
import type { FindingCode } from "../../src/findings/codes.js";
import { findProfile } from "../../src/profiles/builtin.js";
import type { Profile } from "../../src/profiles/profile.js";
import type { FillData, FillRow } from "../../src/template/fill.js";
import type { Result } from "../../src/result.js";
import type { InputError } from "../../src/workbook/input-error.js";
import { memoryLedger, type MemoryTemplateOptions } from "./memory-ledger.js";

export const YEAR = 2024;

export const profileById = (id: string): Profile => {
  const p = findProfile(id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
};

/**
 * A small ledger with no findings under `default`: three members (one retiring on 2024-07-01),
 * their dues, one paid activity, two condolence payments. Tests change one thing and look for
 * exactly the finding that change must cause (and for none when it must not).
 */
export function cleanData(): { info: Record<string, FillRow[string]>; sheets: Record<string, FillRow[]> } {
  return {
    info: { unionName: "测试工会", fiscalYear: YEAR, profileId: "default", codeSystem: "2017" },
    sheets: {
      会员名册: [
        { memberId: "M001", name: "张三", gender: "男", department: "办公室", joinDate: "2010-03-01", status: "在职" },
        { memberId: "M002", name: "李四", gender: "女", department: "财务部", joinDate: "2012-05-01", status: "在职" },
        {
          memberId: "M003",
          name: "王五",
          gender: "男",
          department: "车间",
          joinDate: "2000-01-01",
          status: "退休",
          statusDate: "2024-07-01",
        },
      ],
      会费台账: [
        // 4,537.80 → 4,530 → 22.65 a month × 12
        { memberId: "M001", name: "张三", wage: 4537.8, ...months(22.65, 12) },
        // 6,000 → 30.00 a month, paid for the whole year in January
        { memberId: "M002", name: "李四", wage: 6000, m1: 360 },
        // retires 2024-07-01: owes January–June only, 5,009 → 5,000 → 25.00
        { memberId: "M003", name: "王五", wage: 5009, ...months(25, 6) },
      ],
      活动台账: [
        {
          seq: 1,
          date: "2024-04-20",
          name: "春季健步走",
          category: "文体活动",
          participants: 50,
          cost: 1500,
          funding: "工会经费",
          handler: "周干事",
          approver: "王主席",
        },
      ],
      慰问金台账: [
        {
          seq: 1,
          date: "2024-02-05",
          memberId: "M001",
          name: "张三",
          reason: "节日慰问",
          festival: "春节",
          form: "实物",
          amount: 500,
          handler: "周干事",
          approver: "王主席",
        },
        {
          seq: 2,
          date: "2024-03-10",
          memberId: "M002",
          name: "李四",
          reason: "生病住院",
          form: "现金",
          amount: 800,
          handler: "周干事",
          approver: "王主席",
        },
      ],
    },
  };
}

/** `{ m1: v, m2: v, … }` for the first n months. */
export function months(yuanPerMonth: number, n: number, from = 1): Record<string, number> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${from + i}`, yuanPerMonth]));
}

/** What every test workbook's template is made with (besides the profile). */
const TEMPLATE: MemoryTemplateOptions = {
  fiscalYear: YEAR,
  generatedAt: "2024-12-31T00:00:00.000Z",
  generator: "test",
};

/**
 * The template filled with `data`, as an exceljs workbook (to edit further, or to write). exceljs
 * and the template generator are loaded on first use: tests that analyse in memory never load them.
 */
export async function ledgerWorkbook(
  data: FillData,
  profile: Profile = profileById("default"),
): Promise<ExcelJS.Workbook> {
  const [{ buildTemplate }, { fillWorkbook }] = await Promise.all([
    import("../../src/template/generate.js"),
    import("../../src/template/fill.js"),
  ]);
  const wb = await buildTemplate({ profile, ...TEMPLATE });
  fillWorkbook(wb, data, profile);
  return wb;
}

/** The bytes of the .xlsx that ledgerWorkbook makes. */
export async function ledgerBytes(data: FillData, profile?: Profile): Promise<Uint8Array> {
  const { workbookBytes } = await import("../../src/template/generate.js");
  return workbookBytes(await ledgerWorkbook(data, profile));
}

type DataOptions = AnalyzeOptions & { templateProfile?: Profile };

function unwrap(result: Result<Analysis, InputError>): Analysis {
  if (!result.ok) throw new Error(`input error ${result.error.code}: ${result.error.detail ?? ""}`);
  return result.value;
}

/**
 * The template filled with `data`, analysed in memory (tests/helpers/memory-ledger.ts): the cells
 * the written file would hold, read as the reader reads them, with no exceljs and no zip round trip
 * (tests/helpers/memory-ledger.test.ts checks that the two read alike). For a test about the file
 * itself (formulas and cached results as written, dates and formats, _meta, 汇总) use
 * analyzeDataViaFile; a value the in-memory ledger does not model throws and says so.
 */
export async function analyzeData(data: FillData, options: DataOptions = {}): Promise<Analysis> {
  const source = memoryLedger(data, options.templateProfile ?? options.profile ?? profileById("default"), TEMPLATE);
  const a = unwrap(analyzeWorkbook(source, options.profile ? { profile: options.profile } : {}));
  // UL_LEDGER_CROSSCHECK=1 npx vitest run: every in-memory analysis is also made from the written
  // file and must be the same (slow; for changes to the template, the fill or the reader).
  if (process.env["UL_LEDGER_CROSSCHECK"]) {
    const viaFile = await analyzeDataViaFile(data, options);
    const { diffAnalyses } = await import("./memory-ledger-diff.js");
    const diff = diffAnalyses(a, viaFile);
    if (diff.length)
      throw new Error(`the in-memory ledger reads unlike the written file:\n${diff.slice(0, 20).join("\n")}`);
  }
  return a;
}

/** Writes, reads back and analyses: the same path a clerk's file takes. */
export async function analyzeDataViaFile(data: FillData, options: DataOptions = {}): Promise<Analysis> {
  const bytes = await ledgerBytes(data, options.templateProfile ?? options.profile);
  return unwrap(await analyzeBytes(bytes, options.profile ? { profile: options.profile } : {}));
}

export const withCode = <C extends FindingCode>(a: Analysis, code: C): Extract<Finding, { code: C }>[] =>
  a.findings.filter((f): f is Extract<Finding, { code: C }> => f.code === code);

/**
 * `union-ledger validate` exit codes of cli.md — 0 no error findings (warnings allowed), 1 error
 * findings — and the stable `validate --json` shape. Each CLI run costs a Node start-up, so each
 * run is checked for several things.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import { FINDING_CODES } from "../../src/findings/codes.js";
import { ACTIVITIES_SHEET, TEMPLATE_VERSION } from "../../src/layout/template-layout.js";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";
import { addr } from "../fixtures-hand/template-edit.js";
import { runCli, runMain, sha256, type CliRun } from "../fixtures-hand/cli.js";
import { replaceCellXml, sheetPartPath } from "../fixtures-hand/xlsx.js";

let dir: string;
const files = { clean: "", errors: "", warnings: "" };
let errorsAnalysis: Analysis;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ul-exit-"));
  const clean = await ledgerBytes(cleanData());
  files.clean = join(dir, "clean.xlsx");
  await writeFile(files.clean, clean);

  // Error findings: a 生病住院 payment over the default cap (1000 元) and an activity category
  // not in the list; also one warning (the same person handles and approves).
  const data = cleanData();
  const sheets = data.sheets as Record<string, Record<string, unknown>[]>;
  const con = sheets["慰问金台账"]?.[1];
  if (con) con["amount"] = 1500;
  sheets["活动台账"]?.push({
    seq: 2,
    date: "2024-05-01",
    name: "五一游园",
    category: "游园",
    participants: 20,
    cost: 300,
    funding: "工会经费",
    handler: "周干事",
    approver: "周干事",
  });
  const errorsBytes = await ledgerBytes(data);
  files.errors = join(dir, "有错误的台账.xlsx");
  await writeFile(files.errors, errorsBytes);
  const r = await analyzeBytes(errorsBytes);
  if (!r.ok) throw new Error(r.error.code);
  errorsAnalysis = r.value;

  // Warnings only: the clean file with the activity's cost retyped as text (normalized_value).
  const parts = unzipSync(clean);
  const part = sheetPartPath(parts, ACTIVITIES_SHEET.name);
  const cell = addr(ACTIVITIES_SHEET, "cost", 3);
  parts[part] = strToU8(
    replaceCellXml(
      strFromU8(parts[part] ?? new Uint8Array()),
      cell,
      `<c r="${cell}" t="inlineStr"><is><t>¥1,500.00</t></is></c>`,
    ),
  );
  files.warnings = join(dir, "warnings.xlsx");
  await writeFile(files.warnings, zipSync(parts));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface JsonOut {
  file: unknown;
  template: unknown;
  errors: unknown;
  warnings: unknown;
  findings: unknown;
}
const parse = (run: CliRun): JsonOut => JSON.parse(run.stdout) as JsonOut;

/** A run that succeeds may print progress lines on stderr when slow (src/cli/progress.ts), nothing else. */
const notProgress = (stderr: string): string[] =>
  stderr.split("\n").filter((l) => l.trim() !== "" && !/^.+：(读取文件|打开工作簿|校验与汇总)…$/u.test(l));

describe.concurrent("validate exit codes", () => {
  it("0 for the clean ledger: --json with no findings, the input file unchanged", async ({ expect }) => {
    const hash = await sha256(files.clean);
    const run = await runCli(["validate", files.clean, "--json"]);
    expect(run.code).toBe(0);
    expect(notProgress(run.stderr)).toEqual([]);
    expect(parse(run)).toEqual(
      expect.objectContaining({
        file: files.clean,
        errors: 0,
        warnings: 0,
        findings: [],
        template: { id: "union-ledger", version: TEMPLATE_VERSION, profile: "default" },
      }),
    );
    expect(await sha256(files.clean)).toBe(hash);
  });

  it("0 when there are only warnings", async ({ expect }) => {
    const run = await runCli(["validate", files.warnings, "--json"]);
    expect(run.code).toBe(0);
    const out = parse(run);
    expect(out).toMatchObject({ errors: 0, warnings: 1 });
    expect(out.findings).toEqual([
      expect.objectContaining({ severity: "warning", code: "normalized_value", cell: "I3", value: "¥1,500.00" }),
    ]);
  });

  it("1 for a ledger with error findings; the human report counts them and names the cells", async ({ expect }) => {
    const hash = await sha256(files.errors);
    const run = await runCli(["validate", files.errors]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("共发现 2 个错误、1 个警告。");
    for (const cell of ["H4", "D4", "L4"]) expect(run.stdout).toContain(cell);
    expect(notProgress(run.stderr)).toEqual([]);
    expect(await sha256(files.errors)).toBe(hash);
  });
});

describe("validate --json (cli.md)", () => {
  it("exit 1; the documented keys and types, one entry per finding, in the program's order", async () => {
    // The output's shape: main() in process (the exit codes as the shell sees them are above).
    const run = await runMain(["validate", files.errors, "--json"]);
    expect(run.code).toBe(1);
    const out = parse(run);
    expect(out).toMatchObject({
      file: files.errors,
      template: { id: "union-ledger", version: TEMPLATE_VERSION, profile: "default" },
      errors: 2,
      warnings: 1,
    });
    expect(Array.isArray(out.findings)).toBe(true);
    const findings = out.findings as Record<string, unknown>[];
    expect(findings).toHaveLength(errorsAnalysis.findings.length);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(["cell", "code", "column", "message", "row", "severity", "sheet", "value"]);
      expect(["error", "warning"]).toContain(f["severity"]);
      expect(FINDING_CODES).toContain(f["code"]);
      expect(typeof f["sheet"]).toBe("string");
      expect(typeof f["message"]).toBe("string");
      expect(f["message"]).toMatch(/[\u4e00-\u9fff]/u);
      const row = f["row"];
      const cell = f["cell"];
      if (row !== null) expect(Number.isInteger(row) && (row as number) >= 1).toBe(true);
      if (cell !== null) {
        expect(cell).toMatch(/^[A-Z]+[1-9]\d*$/);
        expect(String(cell).replace(/^[A-Z]+/, "")).toBe(String(row));
      }
      for (const k of ["column", "value"]) if (f[k] !== null) expect(typeof f[k]).toBe("string");
    }
    expect(findings.map((f) => `${String(f["severity"])} ${String(f["code"])} ${String(f["cell"])}`)).toEqual([
      "error invalid_option D4",
      "warning approval_same_person L4",
      "error cap_exceeded H4",
    ]);
    // cli.md's example shows "1500"; the program shows money cells to the fen ("1500.00").
    expect(findings[2]).toMatchObject({
      sheet: "慰问金台账",
      row: 4,
      column: "金额(元)",
      value: expect.stringMatching(/^1,?500(\.00)?$/),
    });
    expect(findings[2]?.["message"]).toContain("1500");
  });
});

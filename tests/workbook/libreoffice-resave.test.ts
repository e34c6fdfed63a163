/**
 * A filled workbook with error findings, opened and re-saved by LibreOffice (which recalculates
 * every formula and rewrites every part its own way): `validate` must report the same findings at
 * the same cells, and the totals must not move.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import { messageOf } from "../../src/findings/messages/index.js";
import { libreOffice } from "../helpers/libreoffice-results.js";
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

async function validateJson(
  file: string,
): Promise<{ code: number | null; json: { errors: number; warnings: number; findings: JsonFinding[] } }> {
  const r = await runCli(["validate", file, "--json"]);
  return { code: r.code, json: JSON.parse(r.stdout) as { errors: number; warnings: number; findings: JsonFinding[] } };
}

const place = (f: {
  code: string;
  sheet: string;
  row?: number | null;
  cell?: string | null;
  severity: string;
}): string => `${f.severity} ${f.code} ${f.sheet}!${f.cell ?? f.row ?? ""}`;

describe("a workbook with error findings, re-saved by LibreOffice", () => {
  let dir: string;
  let original: Uint8Array;
  let resaved: Uint8Array;
  let before: Analysis;
  let after: Analysis;

  beforeAll(async () => {
    // The clean ledger with errors of each kind (tests/workbook/resave-fixtures.ts), re-saved by the
    // global setup (tests/helpers/libreoffice-jobs.ts: errors).
    ({ input: original, output: resaved } = await libreOffice("errors", "xlsx"));
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
    for (const c of [
      "invalid_option",
      "required_missing",
      "funding_missing",
      "negative_amount",
      "too_many_decimals",
      "date_out_of_year",
      "approval_same_person",
      "merged_cell",
      "invalid_date",
      "cap_exceeded",
      "dues_mismatch",
    ]) {
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
    const key = (f: {
      code: string;
      sheet: string;
      row?: number | null;
      cell?: string | null;
      severity: string;
      column?: string | null;
    }): string => `${place(f)} ${f.column ?? ""}`;
    expect(json.findings.map(key)).toEqual(before.findings.map(key));
    // Values and messages too, except where the cell is a formula that had no cached result
    // before LibreOffice calculated it (全年实缴 of the dues_mismatch row: empty, then 249.15).
    const hadValue = before.findings.map((f) => f.value !== undefined);
    expect(hadValue.filter(Boolean).length).toBeGreaterThanOrEqual(6);
    expect(json.findings.map((f, i) => (hadValue[i] ? f.value : "-"))).toEqual(
      before.findings.map((f, i) => (hadValue[i] ? f.value : "-")),
    );
    expect(json.findings.map((f, i) => (hadValue[i] ? f.message : "-"))).toEqual(
      before.findings.map((f, i) => (hadValue[i] ? messageOf(f) : "-")),
    );
    expect([json.errors, json.warnings]).toEqual([9, before.findings.length - 9]);
  });
});

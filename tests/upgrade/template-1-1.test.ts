import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { LEDGER_SHEETS, TEMPLATE_VERSION } from "../../src/layout/template-layout.js";
import { selectProfile } from "../../src/profiles/select.js";
import { workbookBytes } from "../../src/template/generate.js";
import { upgradeWorkbook } from "../../src/upgrade/upgrade.js";
import { loadWorkbookSource } from "../../src/workbook/load.js";
import { readLedger } from "../../src/workbook/read-ledger.js";

/** The bundled example as committed before template 1.1 (git show 5277eae:templates/example-2024.xlsx). */
const V10 = "tests/fixtures-hand/example-2024-v1.0.xlsx";

const read = (bytes: Uint8Array) => {
  const loaded = loadWorkbookSource(bytes);
  if (!loaded.ok) throw new Error(loaded.error.code);
  const r = readLedger(loaded.value);
  if (!r.ok) throw new Error(r.error.code);
  return { source: loaded.value, ...r.value };
};

describe("a template 1.0 workbook under template 1.1", () => {
  it("is read as before: the 1.1 columns are not asked for and the 1.0 columns are where 1.0 put them", async () => {
    const bytes = new Uint8Array(await readFile(V10));
    const { ledger } = read(bytes);
    expect(ledger.template?.version).toBe("1.0.0");
    const a = await analyzeBytes(bytes);
    if (!a.ok) throw new Error(a.error.code);
    const codes = new Set(a.value.findings.map((f) => f.code));
    expect(codes.has("header_missing")).toBe(false);
    expect(codes.has("layout_altered")).toBe(false);
    // The 1.0 example's planted mistakes, and nothing else.
    expect([...codes].sort()).toEqual(
      [
        "approval_same_person",
        "cap_exceeded",
        "date_out_of_year",
        "dues_mismatch",
        "duplicate_row",
        "festival_missing",
        "form_forbidden",
        "funding_missing",
        "name_mismatch",
        "normalized_value",
        "per_capita_exceeded",
      ].sort(),
    );
  });

  it("moves onto 1.1 by `upgrade` with every value kept, the same totals and findings", async () => {
    const bytes = new Uint8Array(await readFile(V10));
    const old = read(bytes);
    const profile = selectProfile(old.ledger, old.sink);
    const result = await upgradeWorkbook(old.source, old.ledger, profile, {
      generatedAt: "2025-01-01T00:00:00.000Z",
      generator: "test",
    });
    expect(result.extraColumns).toEqual([]);
    const upgraded = await workbookBytes(result.workbook);
    const now = read(upgraded);
    expect(now.ledger.template?.version).toBe(TEMPLATE_VERSION);
    // Every ledger value read from the old file is read, the same, from the new one.
    const sheets = (l: typeof old.ledger) => [l.members, l.dues, l.activities, l.condolences];
    sheets(old.ledger).forEach((sheet, i) => {
      const after = sheets(now.ledger)[i];
      const strip = (rows: typeof sheet.rows) =>
        rows.map((r) =>
          Object.fromEntries(
            Object.entries(r.values).map(([k, v]) => [
              k,
              typeof v === "object" && v !== null && "cached" in v ? v.cached : v,
            ]),
          ),
        );
      expect(after?.rows.length, sheet.spec.name).toBe(sheet.rows.length);
      expect(strip(after?.rows ?? []), sheet.spec.name).toEqual(strip(sheet.rows));
    });
    expect(LEDGER_SHEETS.map((s) => result.rows[s.name])).toEqual(sheets(old.ledger).map((s) => s.rows.length));
    const a1 = await analyzeBytes(bytes);
    const a2 = await analyzeBytes(upgraded);
    if (!a1.ok || !a2.ok) throw new Error("analysis");
    expect(a2.value.totals).toEqual(a1.value.totals);
    const key = (f: { code: string; sheet: string; cell?: string }): string => `${f.code} ${f.sheet} ${f.cell ?? ""}`;
    expect(a2.value.findings.map(key).sort()).toEqual(a1.value.findings.map(key).sort());
  });
});

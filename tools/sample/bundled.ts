import type ExcelJS from "exceljs";
import { findProfile } from "../../src/profiles/builtin.js";
import type { Profile } from "../../src/profiles/profile.js";
import { buildTemplate } from "../../src/template/generate.js";
import { fillWorkbook } from "../../src/template/fill.js";
import { printFilledRows } from "../../src/template/print-setup.js";
import { EXAMPLE_OPTIONS, makeExample, type ExampleOptions, type Planted } from "./example.js";

/** The files committed in templates/, and how each is made. */
export const BUNDLED = {
  template: "templates/union-ledger-template-v1.xlsx",
  example: "templates/example-2024.xlsx",
} as const;

/** Fixed so that regenerating gives the same cells (the staleness test compares them). */
export const BUNDLED_GENERATED_AT = "2026-11-26T00:00:00.000Z";
export const BUNDLED_GENERATOR = "union-ledger 0.1.0";

export const defaultProfile = (): Profile => findProfile("default") as Profile;

export function bundledTemplate(): Promise<ExcelJS.Workbook> {
  return buildTemplate({ profile: defaultProfile(), generatedAt: BUNDLED_GENERATED_AT, generator: BUNDLED_GENERATOR });
}

/** A filled workbook from the example generator (the bundled one by default). */
export async function exampleWorkbook(
  options: ExampleOptions = EXAMPLE_OPTIONS,
  profile: Profile = defaultProfile(),
): Promise<{ wb: ExcelJS.Workbook; planted: Planted[] }> {
  const wb = await buildTemplate({
    profile,
    fiscalYear: options.year,
    unionName: options.unionName,
    generatedAt: BUNDLED_GENERATED_AT,
    generator: BUNDLED_GENERATOR,
  });
  const { data, planted } = makeExample(options);
  fillWorkbook(wb, data, profile);
  // LibreOffice does not print by the template's formula print areas: the example prints its rows.
  printFilledRows(wb);
  return { wb, planted };
}

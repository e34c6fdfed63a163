/**
 * Every file the tests have LibreOffice convert, made by the global setup once per run
 * (tests/helpers/libreoffice-setup.ts) in one LibreOffice start per target format, and cached by
 * content; a test reads the file and what LibreOffice made of it with `libreOffice(id, target)`
 * (tests/helpers/libreoffice-results.ts). Each job names the test files that use it: a run of other
 * files converts nothing. Inputs are built in vitest's main process, where importing "vitest" fails
 * (so not through tests/fixtures-hand/template-edit.ts), with dynamic imports, so that a module that
 * fails to load fails only the jobs (and so the tests) that need it.
 */
import type { ConvertTarget } from "./libreoffice.js";

/** `encrypted`: saved with a password by a LibreOffice macro (tests/fixtures-hand/libreoffice-office-files.ts). */
export type JobTarget = ConvertTarget | "encrypted";

export interface LibreOfficeJob {
  /** The file's name in LibreOffice's batch: unique among the jobs. */
  readonly name: string;
  readonly to: readonly JobTarget[];
  /** The test files (from the repository root) that read the results. */
  readonly tests: readonly string[];
  readonly make: () => Promise<Uint8Array>;
}

export const ENCRYPTION_PASSWORD = "secret";

async function bundledBytes(options?: "no mistakes"): Promise<Uint8Array> {
  const [{ exampleWorkbook }, { EXAMPLE_OPTIONS }, { workbookBytes }] = await Promise.all([
    import("../../tools/sample/bundled.js"),
    import("../../tools/sample/example.js"),
    import("../../src/template/generate.js"),
  ]);
  return workbookBytes((await exampleWorkbook(options ? { ...EXAMPLE_OPTIONS, mistakes: false } : undefined)).wb);
}

/** The report of the committed example with native charts, as tests/docx/docx.test.ts writes it. */
async function exampleReport(): Promise<Uint8Array> {
  const [{ readFile }, { analyzeBytes }, { nativeChart }, { writeReportDocx }, { reportOf }] = await Promise.all([
    import("node:fs/promises"),
    import("../../src/analysis/analyze.js"),
    import("../../src/charts/native-chart.js"),
    import("../../src/docx/write.js"),
    import("./report.js"),
  ]);
  const r = await analyzeBytes(new Uint8Array(await readFile("templates/example-2024.xlsx")));
  if (!r.ok) throw new Error(r.error.code);
  const sha256 = async (t: string): Promise<string> => String(t.length); // the writer only stores it
  return (await writeReportDocx(reportOf(r.value), { charts: { render: async (spec) => nativeChart(spec) }, sha256 }))
    .docx;
}

export const LIBREOFFICE_JOBS = {
  template: {
    name: "template.xlsx",
    to: ["pdf", "xlsx"],
    tests: ["tests/template/libreoffice.test.ts"],
    make: async () => {
      const [{ bundledTemplate }, { workbookBytes }] = await Promise.all([
        import("../../tools/sample/bundled.js"),
        import("../../src/template/generate.js"),
      ]);
      return workbookBytes(await bundledTemplate());
    },
  },
  // Everything typed as numbers and dates (no text-typed amounts): formulas and program must agree.
  filled: {
    name: "filled.xlsx",
    to: ["xlsx"],
    tests: ["tests/template/libreoffice.test.ts"],
    make: () => bundledBytes("no mistakes"),
  },
  example: {
    name: "example.xlsx",
    to: ["xlsx"],
    tests: ["tests/template/libreoffice.test.ts"],
    make: () => bundledBytes(),
  },
  // The bundled example printed to PDF, as a unit prints its ledgers to sign (issue 13, item 7).
  printed: {
    name: "printed-example.xlsx",
    to: ["pdf"],
    tests: ["tests/template/printed-ledger.test.ts"],
    make: () => bundledBytes(),
  },
  report: { name: "report.docx", to: ["pdf"], tests: ["tests/docx/docx.test.ts"], make: exampleReport },
  charts: {
    name: "charts.docx",
    to: ["pdf"],
    tests: ["tests/charts/native-chart.test.ts"],
    make: async () => {
      const [{ chartsDocx }, { exampleSpecs }] = await Promise.all([
        import("../charts/charts-docx.js"),
        import("../charts/fixtures.js"),
      ]);
      return chartsDocx(await exampleSpecs());
    },
  },
  errors: {
    name: "errors.xlsx",
    to: ["xlsx"],
    tests: ["tests/workbook/libreoffice-resave.test.ts"],
    make: async () => (await import("../workbook/resave-fixtures.js")).errorsWorkbookBytes(),
  },
  edited: {
    name: "edited.xlsx",
    to: ["xlsx"],
    tests: ["tests/workbook/xlsx-reader.test.ts"],
    make: async () => (await import("../workbook/resave-fixtures.js")).editedWorkbookBytes(),
  },
  ledger: {
    name: "ledger.xlsx",
    to: ["xls", "encrypted"],
    tests: ["tests/cli/hostile-inputs.test.ts"],
    make: async () => {
      const { cleanData, ledgerBytes } = await import("./ledger.js");
      return ledgerBytes(cleanData());
    },
  },
} as const satisfies Record<string, LibreOfficeJob>;

export type JobId = keyof typeof LIBREOFFICE_JOBS;
export type TargetOf<J extends JobId> = (typeof LIBREOFFICE_JOBS)[J]["to"][number];

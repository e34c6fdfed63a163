import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Tests that run in process only: no child process (CLI, LibreOffice, xmllint), no browser, no
 * process-wide state changed (process.env.TZ, the working directory). They share one worker
 * thread and its loaded modules (`isolate: false`): each file is still its own module, but src/,
 * exceljs and the rest load once instead of once per file.
 */
const IN_PROCESS = [
  "tests/{addin-ui,dates,findings,helpers,money,narrative,rules}/**/*.test.ts",
  "tests/addin/{excel-findings-sheet,excel-host,excel-read,office-cells,office-runtime,word-host,word-refresh}.test.ts",
  "tests/rollup/{dedupe,expect,hierarchy,report,sum-totals}.test.ts",
  "tests/template/{bundled-files,template}.test.ts",
  "tests/workbook/{damaged-package,date-formats,fast-cell,fuzz,odd-values,other-programs,reader-findings,xlsx-package,xlsx-strings,xlsx-values}.test.ts",
];

/**
 * Tests that start the built CLI, LibreOffice, xmllint or Chromium: in forked child processes that
 * run one file after another (`isolate: false`: Playwright, exceljs and src/ load once per process,
 * not once per file). Each file leaves its process as it found it (browsers closed, process.env.TZ
 * restored).
 */
const PROCESSES = [
  "tests/{addin-build,addin-e2e,docx,upgrade}/**/*.test.ts",
  "tests/addin/office-stub.test.ts",
  "tests/cli/{exit-codes,report-command}.test.ts",
  "tests/rollup/{cli,cli-options}.test.ts",
  "tests/template/libreoffice.test.ts",
  "tests/workbook/{libreoffice-resave,xlsx-reader}.test.ts",
];

/**
 * Timed against a bound: the refusal of zip bombs must take under 10 s, and with the fflate inflater
 * one takes 3 s of work, which the projects above, running side by side on a 2-core machine, would
 * slow past the bound. These run after the others, alone.
 */
const ALONE = ["tests/cli/hostile-inputs.test.ts"];

export default defineConfig({
  test: {
    // LibreOffice round trips and large hostile inputs take seconds each on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default", "./tests/reporter.ts"],
    // Forked test processes spend much of their time waiting for LibreOffice, Chromium and the CLI:
    // two of them even on 2 cores (vitest's default there is one), beside the in-process thread.
    poolOptions: { forks: { maxForks: Math.max(2, availableParallelism() - 1) } },
    projects: [
      { extends: true, test: { name: "in-process", include: IN_PROCESS, pool: "threads", isolate: false } },
      { extends: true, test: { name: "processes", include: PROCESSES, pool: "forks", isolate: false } },
      // Everything else (a new test file too): a fresh child process per file, as before.
      { extends: true, test: { name: "isolated", include: ["tests/**/*.test.ts"], exclude: [...IN_PROCESS, ...PROCESSES, ...ALONE], pool: "forks" } },
      // The three above run side by side; then these.
      { extends: true, test: { name: "alone", include: ALONE, pool: "forks", sequence: { groupOrder: 1 } } },
    ],
  },
});

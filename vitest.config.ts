import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Tests that run in process only: no child process (CLI, LibreOffice, xmllint), no browser, no
 * process-wide state changed (process.env.TZ, the working directory). They share one worker
 * thread and its loaded modules (`isolate: false` here and in the root's poolOptions.threads, see
 * there): each file is still its own module, but src/, exceljs and the rest load once instead of
 * once per file.
 */
const IN_PROCESS = [
  "tests/{addin-ui,dates,findings,helpers,import,money,narrative,rules}/**/*.test.ts",
  "tests/addin/{excel-clear-count,excel-edit-watch,excel-findings-sheet,excel-host,excel-read,office-cells,office-runtime,word-host,word-refresh}.test.ts",
  "tests/rollup/{dedupe,expect,hierarchy,report,sum-totals}.test.ts",
  "tests/template/{bundled-files,print-setup,template}.test.ts",
  "tests/workbook/{damaged-package,date-formats,fast-cell,fuzz,odd-values,other-programs,reader-findings,web-inflate,xlsx-package,xlsx-strings,xlsx-values}.test.ts",
];

/**
 * Tests that start the built CLI, xmllint, pdftotext or Chromium, or read LibreOffice's conversions
 * (made by the global setup below): in forked child processes. Each file leaves its process as it
 * found it (browsers closed, process.env.TZ restored), so that they could share processes
 * (`isolate: false`); vitest 3.2 still starts a process per file here, because its forks pool takes
 * isolation from the root's poolOptions.forks, which the isolated project below needs.
 */
const PROCESSES = [
  "tests/{addin-build,addin-e2e,docx,upgrade}/**/*.test.ts",
  "tests/addin/office-stub.test.ts",
  "tests/charts/native-chart.test.ts",
  "tests/cli/{exit-codes,import-command,report-command}.test.ts",
  "tests/package/pack.test.ts",
  "tests/rollup/{cli,cli-options}.test.ts",
  "tests/template/{libreoffice,printed-ledger}.test.ts",
  "tests/workbook/{libreoffice-resave,xlsx-reader}.test.ts",
];

/**
 * Timed against a bound: the refusal of zip bombs must take under 10 s, and with the fflate inflater
 * one takes 3 s of work, which the projects above, running side by side on a 2-core machine, would
 * slow past the bound. These run after the others, alone.
 */
const ALONE = ["tests/cli/hostile-inputs.test.ts"];

/**
 * The LibreOffice conversions of the run (tests/helpers/libreoffice-jobs.ts), made once in the
 * background, batched and cached, for the projects that hold the tests reading them.
 */
const LIBREOFFICE_SETUP = "./tests/helpers/libreoffice-setup.ts";

export default defineConfig({
  // The add-in imports the core by its package name, as a library user does (webpack.config.js and
  // addin/tsconfig.json map it the same way): to the sources, not to the built dist/.
  resolve: {
    alias: [{ find: /^union-ledger$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) }],
  },
  test: {
    // LibreOffice round trips and large hostile inputs take seconds each on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default", "./tests/reporter.ts"],
    // `npm run coverage`: what the tests run of src/ in their own processes (not the built CLI they
    // spawn, nor tsx workers), as a summary and as HTML under coverage/.
    coverage: { provider: "v8", include: ["src/**"], reporter: ["text-summary", "html"], reportsDirectory: "coverage" },
    // Forked test processes spend much of their time waiting for Chromium and the CLI: two of them
    // even on 2 cores (vitest's default there is one), beside the in-process thread. vitest 3.2's
    // pools take `isolate` from here, not from a project: without threads.isolate false, the
    // in-process project got a fresh thread (and loaded every module again) for each file. A second
    // thread gains nothing on 2 cores (111 s against 113 s for the whole run).
    poolOptions: { forks: { maxForks: Math.max(2, availableParallelism() - 1) }, threads: { isolate: false } },
    projects: [
      { extends: true, test: { name: "in-process", include: IN_PROCESS, pool: "threads", isolate: false } },
      {
        extends: true,
        test: {
          name: "processes",
          include: PROCESSES,
          pool: "forks",
          isolate: false,
          globalSetup: [LIBREOFFICE_SETUP],
        },
      },
      // Everything else (a new test file too): a fresh child process per file, as before.
      {
        extends: true,
        test: {
          name: "isolated",
          include: ["tests/**/*.test.ts"],
          exclude: [...IN_PROCESS, ...PROCESSES, ...ALONE],
          pool: "forks",
        },
      },
      // The three above run side by side; then these.
      {
        extends: true,
        test: {
          name: "alone",
          include: ALONE,
          pool: "forks",
          sequence: { groupOrder: 1 },
          globalSetup: [LIBREOFFICE_SETUP],
        },
      },
    ],
  },
});

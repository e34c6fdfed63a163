/**
 * Vitest global setup: the LibreOffice conversions of the run (libreoffice-jobs.ts), made once,
 * in one LibreOffice start per target format, by a child process (libreoffice-batch.ts) that works
 * while the tests start; the tests wait for the ones they read (libreoffice-results.ts). Results are
 * cached under node_modules/.cache/union-ledger-tests/libreoffice by the content of the input and
 * LibreOffice's version, so a second run converts only what changed. When LibreOffice is missing,
 * every test that reads a conversion fails with that reason (CI installs it; nothing is skipped).
 *
 * It is the global setup of more than one vitest project; each project calls it, and the first call
 * starts the one batch for all of them (the projects' setups share vitest's main process).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject, Vitest } from "vitest/node";
import { LIBREOFFICE_JOBS, type LibreOfficeJob } from "./libreoffice-jobs.js";
import { conversionPath, planPath, writeOnce, type Conversion } from "./libreoffice-run.js";

const CACHE_DIR = "node_modules/.cache/union-ledger-tests/libreoffice";

interface Run {
  readonly dir: string;
  readonly done: Promise<void>;
}

const RUN = Symbol.for("union-ledger.tests.libreoffice-run");

export default function setup(project: TestProject): () => Promise<void> {
  const shared = globalThis as unknown as Record<symbol, Run | undefined>;
  const run = (shared[RUN] ??= start(project.vitest));
  project.provide("libreOfficeRun", run.dir);
  return async () => {
    await run.done;
    await rm(run.dir, { recursive: true, force: true });
  };
}

function start(vitest: Vitest): Run {
  const root = vitest.config.root;
  // The test files of this run (known before the global setups run): only their jobs are made.
  const files = new Set(vitest.state.getPaths());
  const jobs = Object.entries(LIBREOFFICE_JOBS as Record<string, LibreOfficeJob>).filter(([, job]) =>
    job.tests.some((t) => files.has(resolve(root, t))),
  );
  const dir = mkdtempSync(join(tmpdir(), "ul-lo-run-"));
  writeFileSync(planPath(dir), JSON.stringify(jobs.map(([id]) => id)));
  if (jobs.length === 0) return { dir, done: Promise.resolve() };
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(import.meta.dirname, "libreoffice-batch.ts"),
      dir,
      join(root, CACHE_DIR),
      ...jobs.map(([id]) => id),
    ],
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const done = new Promise<string>((settle) => {
    child.on("error", (e) => settle(`the LibreOffice batch did not start: ${e.message}`));
    child.on("exit", (code, signal) =>
      settle(`the LibreOffice batch ended (${signal ?? `exit code ${code}`}) before converting this`),
    );
  }).then(async (reason) => {
    // Whatever the batch left unreported fails with the reason, instead of leaving its tests waiting.
    for (const [id, job] of jobs) {
      for (const to of job.to) {
        if (!existsSync(conversionPath(dir, id, to)))
          await writeOnce(conversionPath(dir, id, to), JSON.stringify({ error: reason } satisfies Conversion));
      }
    }
  });
  return { dir, done };
}

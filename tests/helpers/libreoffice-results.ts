/**
 * What LibreOffice made of a job's file in this run's global setup (libreoffice-setup.ts): the
 * file it was given and the file it wrote. Waits while the setup is still converting; throws (the
 * test fails) when LibreOffice is missing or failed, or when the job was not planned for this run.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import type { JobId, TargetOf } from "./libreoffice-jobs.js";
import { conversionPath, planPath, type Conversion } from "./libreoffice-run.js";

/** Below vitest's hook and test timeout (vitest.config.ts), so that the reason is what fails. */
const WAIT_MS = 170_000;

export interface Converted {
  /** The file LibreOffice was given. */
  readonly input: Uint8Array;
  /** What it wrote. */
  readonly output: Uint8Array;
}

export async function libreOffice<J extends JobId>(id: J, to: TargetOf<J>): Promise<Converted> {
  const run = inject("libreOfficeRun") as string | undefined;
  if (!run)
    throw new Error(
      "this test's vitest project has no LibreOffice global setup: add tests/helpers/libreoffice-setup.ts to its globalSetup (vitest.config.ts)",
    );
  const planned = JSON.parse(await readFile(planPath(run), "utf8")) as string[];
  if (!planned.includes(id))
    throw new Error(
      `the LibreOffice job "${id}" was not made in this run: name this test file in its \`tests\` (tests/helpers/libreoffice-jobs.ts)`,
    );
  const path = conversionPath(run, id, to);
  for (const until = Date.now() + WAIT_MS; !existsSync(path); await sleep(200)) {
    if (Date.now() > until) throw new Error(`LibreOffice did not convert ${id} to ${to} within ${WAIT_MS / 1000} s`);
  }
  const conversion = JSON.parse(await readFile(path, "utf8")) as Conversion;
  if ("error" in conversion) throw new Error(conversion.error);
  const [input, output] = await Promise.all([readFile(conversion.input), readFile(conversion.output)]);
  return { input: new Uint8Array(input), output: new Uint8Array(output) };
}

/**
 * How the LibreOffice global setup (libreoffice-setup.ts, in vitest's main process) hands its
 * results to the tests (libreoffice-results.ts, in worker processes): a directory provided as
 * `libreOfficeRun`, holding the jobs it plans and, for each conversion, a small JSON file written
 * once (renamed into place) when it is done.
 */
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { JobTarget } from "./libreoffice-jobs.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run directory of the LibreOffice global setup. */
    libreOfficeRun: string;
  }
}

/** Where the converted file and its input are (in the cache), or why there is none. */
export type Conversion = { readonly input: string; readonly output: string } | { readonly error: string };

export const planPath = (run: string): string => join(run, "plan.json");
export const conversionPath = (run: string, id: string, to: JobTarget): string => join(run, `${id}.${to}.json`);

/** Written under a temporary name and renamed: a reader (another process, another vitest run) sees all of it or nothing. */
export async function writeOnce(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

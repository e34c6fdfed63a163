import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** What `soffice --convert-to` is asked for (the extension of what it writes). */
export type ConvertTarget = "xlsx" | "pdf" | "xls";

/** `LibreOffice 7.4.7.2 40(Build:2)`: part of the cache key, so an upgrade converts again. Throws when soffice is missing. */
export async function libreOfficeVersion(): Promise<string> {
  const { stdout } = await run("soffice", ["--version"], { timeout: 60_000 });
  return stdout.trim();
}

/** The `-env:UserInstallation` argument for a private profile (parallel runs do not fight over LibreOffice's lock). */
export const profileArgument = (profileDir: string): string =>
  `-env:UserInstallation=${pathToFileURL(profileDir).href}`;

/**
 * Converts files with headless LibreOffice (`soffice --convert-to`), as a clerk's LibreOffice
 * would open, recalculate and save them: all of them by one LibreOffice start (the start is most
 * of a small file's time), in the order given, in the profile given (created by the first run
 * that uses it). The names must differ; `workDir` must be empty or new.
 */
export async function libreOfficeConvertAll(
  files: readonly (readonly [name: string, bytes: Uint8Array])[],
  to: ConvertTarget,
  profileDir: string,
  workDir: string,
): Promise<Uint8Array[]> {
  const inputs = join(workDir, "in");
  const outDir = join(workDir, "out");
  await mkdir(inputs, { recursive: true });
  for (const [name, bytes] of files) await writeFile(join(inputs, name), bytes);
  await run(
    "soffice",
    [
      profileArgument(profileDir),
      "--headless",
      "--norestore",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      ...files.map(([name]) => join(inputs, name)),
    ],
    { timeout: 170_000 },
  );
  return Promise.all(
    files.map(async ([name]) => new Uint8Array(await readFile(join(outDir, name.replace(/\.[^.]+$/, `.${to}`))))),
  );
}

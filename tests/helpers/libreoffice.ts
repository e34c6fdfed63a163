import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Converts bytes with headless LibreOffice (`soffice --convert-to`), as a clerk's LibreOffice would
 * open, recalculate and save them. Each call gets its own profile directory so parallel test
 * files do not fight over LibreOffice's lock. Fails loudly when soffice is missing: CI installs it.
 */
export async function libreOfficeConvert(bytes: Uint8Array, name: string, to: "xlsx" | "pdf" | "docx"): Promise<Uint8Array> {
  const [out] = await libreOfficeConvertAll([[name, bytes]], to);
  if (!out) throw new Error(`LibreOffice converted nothing for ${name}`);
  return out;
}

/**
 * Several files converted by one LibreOffice run (its start-up is most of a small file's time), in
 * the order given; the names must differ.
 */
export async function libreOfficeConvertAll(files: readonly (readonly [name: string, bytes: Uint8Array])[], to: "xlsx" | "pdf" | "docx"): Promise<Uint8Array[]> {
  const dir = await mkdtemp(join(tmpdir(), "ul-lo-"));
  try {
    const inputs = join(dir, "in");
    await mkdir(inputs);
    for (const [name, bytes] of files) await writeFile(join(inputs, name), bytes);
    const outDir = join(dir, "out");
    await run("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", to, "--outdir", outDir, ...files.map(([name]) => join(inputs, name))], { timeout: 120_000 });
    return Promise.all(files.map(async ([name]) => new Uint8Array(await readFile(join(outDir, basename(name).replace(/\.[^.]+$/, `.${to}`))))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

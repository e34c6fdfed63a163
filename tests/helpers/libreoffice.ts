import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
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
  const dir = await mkdtemp(join(tmpdir(), "ul-lo-"));
  try {
    const input = join(dir, name);
    await writeFile(input, bytes);
    const outDir = join(dir, "out");
    await run("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", to, "--outdir", outDir, input], { timeout: 120_000 });
    return new Uint8Array(await readFile(join(outDir, basename(name).replace(/\.[^.]+$/, `.${to}`))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

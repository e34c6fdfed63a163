// `npm run validate`: the offline manifest check. xmllint validates manifest.xml, a copy rewritten to
// the configured production address (or an example one), and dist/manifest.xml when a build made
// it, against the XSD copy in schemas/office-addin-manifest/ (the nested <VersionOverrides> included).
// Needs xmllint (Debian: libxml2-utils). Exit code 1 when any file is invalid.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { configuredAddinUrl, rewriteManifest } from "./addin-manifest.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
export const SCHEMA = join(root, "schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");

/** xmllint's verdict on one file: `{ ok, output }`. */
export function xmllintValidate(file) {
  try {
    const out = execFileSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { ok: true, output: out };
  } catch (e) {
    if (e.code === "ENOENT")
      throw new Error("xmllint not found: install libxml2-utils (Debian) or libxml2 (macOS has it)");
    return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const tmp = mkdtempSync(join(tmpdir(), "union-ledger-manifest-"));
  try {
    const source = join(root, "manifest.xml");
    const url = configuredAddinUrl() ?? "https://addin.example.org/union-ledger/";
    const rewritten = join(tmp, "manifest.xml");
    writeFileSync(rewritten, rewriteManifest(readFileSync(source, "utf8"), url));
    const files = [
      [source, "manifest.xml"],
      [rewritten, `manifest.xml rewritten to ${url}`],
    ];
    const built = join(root, "dist/manifest.xml");
    if (existsSync(built)) files.push([built, "dist/manifest.xml"]);
    let failed = 0;
    for (const [file, label] of files) {
      const { ok, output } = xmllintValidate(file);
      console.log(`${ok ? "ok  " : "FAIL"} ${label}`);
      if (!ok) {
        failed++;
        console.log(output.trim());
      }
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

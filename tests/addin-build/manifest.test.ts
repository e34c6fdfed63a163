/**
 * manifest.xml and the production build's dist/manifest.xml: valid against the offline XSD copy (the
 * ribbon's <VersionOverrides> included), and what the add-in relies on: both hosts, a ribbon button
 * in each, no API-set requirement that would stop the other host, every resource defined, every URL
 * under one base, icons of the sizes named.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  configuredAddinUrl as configured,
  DEV_URL,
  normaliseAddinUrl as normalise,
  rewriteManifest as rewrite,
} from "../../scripts/addin-manifest.mjs";

const ROOT = join(import.meta.dirname, "../..");
const SCHEMA_DIR = join(ROOT, "schemas/office-addin-manifest");
const SCHEMA = join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");
const SHARED_SCHEMA_DIR = join(ROOT, "../shared/schemas/office-addin-manifest");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const tmp = mkdtempSync(join(tmpdir(), "manifest-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function xmllint(xml: string, name = "manifest.xml"): { ok: boolean; output: string } {
  const file = join(tmp, name);
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { ok: true, output: "" };
  } catch (e) {
    const err = e as { code?: string; stdout?: string; stderr?: string };
    if (err.code === "ENOENT") throw new Error("xmllint is missing: install libxml2-utils (.ci/run does)");
    return { ok: false, output: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

const attr = (xml: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`\\b${name}="([^"]*)"`, "g"))].map((m) => m[1] ?? "");
const urlsOf = (xml: string): string[] => [...xml.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1] ?? "");
const withoutComments = (xml: string): string => xml.replace(/<!--[\s\S]*?-->/g, "");
/** The ribbon's icon sizes: 16, 32 and 80 are required, the others supported (Office's Icon element reference). */
const RIBBON_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("manifest.xml against the XSD (xmllint, offline)", () => {
  it("is valid", () => {
    const r = xmllint(manifest);
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });

  it("has <VersionOverrides> validated too: a stray element inside it is rejected", () => {
    const bad = manifest.replace(
      '<Group id="UnionLedger.Word.Group">',
      '<Group id="UnionLedger.Word.Group"><NotInTheSchema/>',
    );
    expect(bad).not.toBe(manifest);
    const r = xmllint(bad, "bad-override.xml");
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/NotInTheSchema.*not expected/);
    const badType = manifest.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="OpenTheDoor">');
    expect(xmllint(badType, "bad-type.xml").ok).toBe(false);
  });

  it("is rejected when a required base element is missing (the validation is real)", () => {
    expect(xmllint(manifest.replace(/<Permissions>.*<\/Permissions>/, ""), "no-permissions.xml").ok).toBe(false);
  });

  it.skipIf(!existsSync(SHARED_SCHEMA_DIR))(
    "uses schema files identical to ../shared/schemas/office-addin-manifest",
    () => {
      for (const f of [
        "OfficeAppManifestV1_1.xsd",
        "OfficeAppBasicTypesV1_0.xsd",
        "TaskPaneAppVersionOverridesV1_0.xsd",
        "MailAppVersionOverridesV1_0.xsd",
        "MailAppVersionOverridesV1_1.xsd",
        "ContentAppVersionOverridesV1_0.xsd",
      ]) {
        expect(readFileSync(join(SCHEMA_DIR, f), "utf8"), f).toBe(readFileSync(join(SHARED_SCHEMA_DIR, f), "utf8"));
      }
    },
  );
});

describe("manifest.xml content", () => {
  const xml = withoutComments(manifest);

  it("is a task pane add-in for Excel and Word, zh-CN with en-US overrides, ReadWriteDocument", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(xml).toMatch(/<Host Name="Document"\s*\/>/);
    expect(xml).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="工会台账助手">\s*<Override Locale="en-US"/);
    expect(xml).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
    expect(xml).not.toMatch(/<AppDomains>/);
  });

  it("requires no API set in the base manifest (an unmet one would stop the other host loading it)", () => {
    const base = xml.slice(0, xml.indexOf("<VersionOverrides"));
    expect(base).not.toMatch(/<Requirements>/);
    expect(xml).not.toMatch(/WordApi|ExcelApi/);
  });

  it("has a ribbon button on the Home tab of each host that shows the task pane", () => {
    for (const host of ["Workbook", "Document"]) {
      const m = xml.match(new RegExp(`<Host xsi:type="${host}">([\\s\\S]*?)</Host>`));
      expect(m, host).not.toBeNull();
      const body = m?.[1] ?? "";
      expect(body).toMatch(/<FunctionFile resid="Commands.Url"\/>/);
      expect(body).toMatch(/<ExtensionPoint xsi:type="PrimaryCommandSurface">\s*<OfficeTab id="TabHome">/);
      expect(body).toMatch(
        /<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/,
      );
    }
    expect(xml).toMatch(/<bt:Url id="Taskpane.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
    expect(xml).toMatch(/<bt:Url id="Commands.Url" DefaultValue="https:\/\/localhost:3000\/commands.html"\/>/);
    expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("defines every resource it refers to, with ids of at most 32 characters", () => {
    const resources = xml.slice(xml.indexOf("<Resources>"));
    const defined = new Set(attr(resources, "id"));
    for (const ref of new Set(attr(xml, "resid"))) expect(defined.has(ref), ref).toBe(true);
    for (const id of defined) expect(id.length, id).toBeLessThanOrEqual(32);
  });

  it("puts every URL under https://localhost:3000/ and names icons that exist at their size", () => {
    const urls = urlsOf(xml).filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(DEV_URL), u).toBe(true);
    const icons = urls.filter((u) => u.includes("/assets/"));
    for (const u of icons) {
      const name = u.slice(DEV_URL.length);
      const size = Number(/icon-(\d+)\.png$/.exec(name)?.[1]);
      expect(pngSize(join(ROOT, name)), name).toEqual({ width: size, height: size });
    }
    expect(xml).toMatch(/<IconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-32.png"\/>/);
    expect(xml).toMatch(/<HighResolutionIconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-64.png"\/>/);
    for (const size of [...RIBBON_ICON_SIZES, 128])
      expect(pngSize(join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  it("names who provides it and where help is: the bundled 使用说明 page, not a developer handle or the tool", () => {
    expect(xml).toMatch(/<ProviderName>工会台账助手项目组<\/ProviderName>/);
    expect(xml).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/help.html"\/>/);
    expect(xml).toMatch(/<bt:Url id="Help.Url" DefaultValue="https:\/\/localhost:3000\/help.html"\/>/);
    // Each host's GetStarted callout links it.
    expect([...xml.matchAll(/<LearnMoreUrl resid="Help.Url"\/>/g)]).toHaveLength(2);
    expect(existsSync(join(ROOT, "addin/help/help.html"))).toBe(true);
  });

  it("gives every ribbon icon the sizes Office supports (16, 32, 80 required; the rest for display scaling)", () => {
    const icons = [...xml.matchAll(/<Icon>([\s\S]*?)<\/Icon>/g)].map((m) => m[1] ?? "");
    expect(icons).toHaveLength(4);
    for (const icon of icons) expect(attr(icon, "size").map(Number)).toEqual([...RIBBON_ICON_SIZES]);
  });

  it("has the package's version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(xml).toContain(`<Version>${pkg.version}.0</Version>`);
  });
});

describe("the production address", () => {
  it("rewrites every dev URL to the configured base, and the result is valid", () => {
    const out = rewrite(manifest, "https://addin.example.org/union-ledger");
    expect(out).not.toContain("localhost");
    const urls = urlsOf(withoutComments(out)).filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    for (const u of urls) expect(u.startsWith("https://addin.example.org/union-ledger/"), u).toBe(true);
    expect(out).toContain('<SourceLocation DefaultValue="https://addin.example.org/union-ledger/taskpane.html"/>');
    const r = xmllint(out, "rewritten.xml");
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });

  it("accepts https addresses only, and escapes XML", () => {
    expect(() => normalise("http://example.org/")).toThrow(/https/);
    expect(() => normalise("not a url")).toThrow(/not a URL/);
    expect(() => normalise("https://example.org/?x=1")).toThrow(/query/);
    expect(normalise("https://example.org/a")).toBe("https://example.org/a/");
    expect(rewrite(manifest, "https://example.org/a&b/")).toContain("https://example.org/a&amp;b/taskpane.html");
  });

  it("is taken from ADDIN_URL first, then npm's package config", () => {
    expect(
      configured({ ADDIN_URL: "https://a.example.org/x", npm_package_config_addin_url: "https://b.example.org/" }),
    ).toBe("https://a.example.org/x/");
    expect(configured({ npm_package_config_addin_url: "https://b.example.org/" })).toBe("https://b.example.org/");
  });

  it("dist/manifest.xml (written by the production build) is valid and names one base", () => {
    const built = join(ROOT, "dist/manifest.xml");
    if (!existsSync(built))
      throw new Error("dist/manifest.xml is missing: run `npm run build:addin` (npm test builds first)");
    const xml = readFileSync(built, "utf8");
    const r = xmllint(xml, "dist-manifest.xml");
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
    const base = configured() ?? DEV_URL;
    const urls = urlsOf(withoutComments(xml)).filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    for (const u of urls) expect(u.startsWith(base), u).toBe(true);
    // The pages it names were built next to each other.
    for (const page of [
      "taskpane.html",
      "commands.html",
      "standalone.html",
      "help.html",
      ...RIBBON_ICON_SIZES.map((size) => `assets/icon-${size}.png`),
    ]) {
      expect(existsSync(join(ROOT, "dist/addin", page)), page).toBe(true);
    }
  });
});

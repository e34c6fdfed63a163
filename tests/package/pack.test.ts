import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, fenToYuanString } from "../../src/index.js";
import { NODE_ZIP } from "../../src/node/index.js";

/**
 * Issue 11, item 5: the package as a user gets it. `npm pack` (of the built dist/: `npm run build` first) into a
 * temporary folder, installed into an empty project with `npm install --offline` (the dependencies come from the npm
 * cache that `npm ci` filled: the project gets a lockfile made from ours, so npm needs no registry metadata), then the
 * README's Library example is run there with node, its types are checked with tsc, and the `union-ledger` command
 * runs. Any step that fails fails the test: nothing here is skipped.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE = join(ROOT, "templates/example-2024.xlsx");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program, never rejecting: the caller asserts on the exit code and shows stderr when it is not 0. */
function run(file: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: "false" } },
      (e, stdout, stderr) => {
        const code = e ? (typeof e.code === "number" ? e.code : 1) : 0;
        resolve({ code, stdout, stderr: e && !stderr ? String(e.message) : stderr });
      },
    );
  });
}

async function mustRun(file: string, args: readonly string[], cwd: string): Promise<Run> {
  const r = await run(file, args, cwd);
  if (r.code !== 0)
    throw new Error(`${file} ${args.join(" ")} (in ${cwd}) exited ${r.code}:\n${r.stderr}\n${r.stdout}`);
  return r;
}

/** The README's example: the first ```js block under "## Library". */
async function readmeExample(): Promise<string> {
  const readme = await readFile(join(ROOT, "README.md"), "utf8");
  const code = /^## Library\n[\s\S]*?^```js\n([\s\S]*?)^```/m.exec(readme)?.[1];
  if (!code) throw new Error("README.md has no ```js example under ## Library");
  return code;
}

interface LockEntry {
  readonly dev?: boolean;
}

/**
 * The empty project's package.json and lockfile: the tarball as its one dependency, and our lockfile's entries for the
 * package's own dependencies (the non-dev ones), with the versions `npm ci` put in the cache.
 */
async function writeProject(dir: string, tarball: string): Promise<void> {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
    version: string;
    license: string;
    dependencies: Record<string, string>;
    bin: unknown;
    engines: unknown;
  };
  const lock = JSON.parse(await readFile(join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const spec = `file:${tarball}`;
  const deps = Object.fromEntries(
    Object.entries(lock.packages).filter(([path, entry]) => path.startsWith("node_modules/") && !entry.dev),
  );
  const packages = {
    "": { name: "pack-test", dependencies: { "union-ledger": spec } },
    "node_modules/union-ledger": {
      version: pkg.version,
      resolved: spec,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
    ...deps,
  };
  await writeFile(
    join(dir, "package.json"),
    JSON.stringify(
      { name: "pack-test", private: true, type: "module", dependencies: { "union-ledger": spec } },
      null,
      2,
    ),
  );
  await writeFile(
    join(dir, "package-lock.json"),
    JSON.stringify({ name: "pack-test", lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

let dir = "";
let project = "";
let packed: { filename: string; files: { path: string }[] };

beforeAll(async () => {
  for (const built of ["dist/src/index.js", "dist/src/index.d.ts", "dist/src/node/index.js", "dist/cli/main.mjs"]) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  dir = await mkdtemp(join(tmpdir(), "ul-pack-"));
  // --ignore-scripts: `prepare` would rebuild dist/ (the build is `npm run build`'s, already done).
  const pack = await mustRun("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], ROOT);
  const [info] = JSON.parse(pack.stdout) as (typeof packed)[];
  if (!info) throw new Error(`npm pack said nothing:\n${pack.stdout}`);
  packed = info;
  project = join(dir, "project");
  await mkdir(project);
  await writeProject(project, join(dir, packed.filename));
  await mustRun("npm", ["install", "--offline", "--no-audit", "--no-fund"], project);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("ships the built library, its types, the CLI and the templates, and nothing else", () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of [
      "package.json",
      "README.md",
      "bin/union-ledger.js",
      "dist/cli/main.mjs",
      "dist/src/index.js",
      "dist/src/index.d.ts",
      "dist/src/node/index.js",
      "dist/src/node/index.d.ts",
      "templates/example-2024.xlsx",
      "schemas/profile.schema.json",
    ]) {
      expect(paths, p).toContain(p);
    }
    expect(
      paths.filter(
        (p) =>
          /^(src|addin|tests|tools|bench|scripts|dist\/addin|dist\/tools|dist\/src\/cli)\//.test(p) ||
          p.endsWith(".map"),
      ),
    ).toEqual([]);
  });

  it("runs the README's example: findings, totals and the report", async () => {
    await writeFile(join(project, "example.mjs"), await readmeExample());
    const r = await mustRun(
      process.execPath,
      ["example.mjs", "node_modules/union-ledger/templates/example-2024.xlsx"],
      project,
    );
    const expected = await analyzeBytes(new Uint8Array(await readFile(EXAMPLE)), NODE_ZIP);
    if (!expected.ok) throw new Error("the example does not analyse in process");
    const { findings, totals } = expected.value;
    const lines = r.stdout.trim().split("\n");
    // One line per finding (the example has errors on purpose), then the totals and the report.
    expect(lines).toHaveLength(findings.length + 2);
    expect(lines[0]).toMatch(/^(error|warning) \S+!\S* \S/);
    expect(lines.at(-2)).toBe(
      `会员 ${totals.members.total} 人，会费实收 ${fenToYuanString(totals.dues.paidFen)} 元，活动 ${totals.activities.count} 次`,
    );
    expect(lines.at(-1)).toBe("已生成 总结.docx");
    const docx = await readFile(join(project, "总结.docx"));
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(docx.includes("word/document.xml")).toBe(true);
  });

  it("types the example from the declarations it ships (exports, types)", async () => {
    await writeFile(join(project, "example.mts"), await readmeExample());
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const options = [
      "--noEmit",
      "--strict",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--target",
      "es2022",
      "--skipLibCheck",
      "--types",
      "node",
      "--typeRoots",
      join(ROOT, "node_modules/@types"),
    ];
    const r = await run(process.execPath, [tsc, ...options, "example.mts"], project);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("installs the union-ledger command", async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    const r = await mustRun(join(project, "node_modules/.bin/union-ledger"), ["--version"], project);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});

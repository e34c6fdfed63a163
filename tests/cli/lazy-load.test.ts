import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../fixtures-hand/cli.js";

/**
 * Issue 11: a command loads only what it uses. The bundled CLI (dist/cli, built by `npm test`) keeps exceljs (template,
 * upgrade, rollup), docx (report, rollup --report) and the PNG charts (echarts, zrender, resvg) in chunks that
 * `await import()` loads. esbuild's metafile (dist/cli/meta.json, written by scripts/bundle-cli.mjs) says which
 * sources each output file holds; a module loader hook records which files a command really loads, worker threads
 * included.
 */

const DIST = fileURLToPath(new URL("../../dist/cli/", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../../templates/example-2024.xlsx", import.meta.url));

interface Metafile {
  outputs: Record<
    string,
    { inputs: Record<string, unknown>; imports?: { path: string; kind: string; external?: boolean }[] }
  >;
}

/** What must stay out of commands that do not use it: name → does this source path or external import belong to it. */
const HEAVY: Record<string, (path: string) => boolean> = {
  exceljs: (p) => p.includes("node_modules/exceljs/"),
  docx: (p) => p.includes("node_modules/docx/"),
  echarts: (p) => p.includes("node_modules/echarts/") || p.includes("node_modules/zrender/"),
  resvg: (p) => p.startsWith("@resvg/resvg-js") || p.includes("node_modules/@resvg/"),
};

let meta: Metafile;
let dir = "";
let register = "";

beforeAll(async () => {
  const metaPath = join(DIST, "meta.json");
  if (!existsSync(metaPath)) throw new Error("dist/cli/meta.json is missing: run `npm run build` first");
  meta = JSON.parse(await readFile(metaPath, "utf8")) as Metafile;
  dir = await mkdtemp(join(tmpdir(), "ul-lazy-"));
  // --import register.mjs: every thread (workers inherit execArgv) registers a resolve hook that appends each
  // resolved URL to the file named by UL_LOADED.
  await writeFile(
    join(dir, "hooks.mjs"),
    `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.UL_LOADED) appendFileSync(process.env.UL_LOADED, result.url + "\\n");
  return result;
}
`,
  );
  register = join(dir, "register.mjs");
  await writeFile(register, `import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The heavy packages an output file of the bundle holds (its sources) or imports (external resvg). */
function heavyIn(output: string): string[] {
  const o = meta.outputs[output];
  if (!o) throw new Error(`${output} is not in dist/cli/meta.json: rebuild`);
  const paths = [...Object.keys(o.inputs), ...(o.imports ?? []).filter((i) => i.external).map((i) => i.path)];
  return Object.keys(HEAVY).filter((name) => paths.some((p) => HEAVY[name]?.(p)));
}

/** Runs a command with the recorder; the heavy packages in the files it loaded, and the loaded dist/cli files. */
async function loadedBy(
  args: readonly string[],
): Promise<{ heavy: string[]; files: string[]; code: number | null; stderr: string }> {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  await writeFile(log, "");
  const run = await runCli(args, { nodeArgs: ["--import", pathToFileURL(register).href], env: { UL_LOADED: log } });
  const urls = [...new Set((await readFile(log, "utf8")).split("\n").filter(Boolean))];
  const files = urls
    .filter((u) => u.startsWith(pathToFileURL(DIST).href))
    .map((u) => `dist/cli/${fileURLToPath(u).slice(DIST.length)}`);
  const heavy = new Set(files.flatMap(heavyIn));
  for (const u of urls)
    for (const [name, test] of Object.entries(HEAVY))
      if (!u.startsWith(pathToFileURL(DIST).href) && test(u.replace(/^file:\/\//, ""))) heavy.add(name);
  return { heavy: [...heavy].sort(), files, code: run.code, stderr: run.stderr };
}

describe("the bundled CLI loads only what a command uses", () => {
  it("main.mjs and every chunk it imports statically hold none of exceljs, docx, echarts or resvg", () => {
    const reached = new Set<string>();
    const pending = ["dist/cli/main.mjs"];
    for (let o = pending.pop(); o !== undefined; o = pending.pop()) {
      if (reached.has(o)) continue;
      reached.add(o);
      for (const i of meta.outputs[o]?.imports ?? [])
        if (i.kind === "import-statement" && meta.outputs[i.path]) pending.push(i.path);
    }
    expect(reached.size).toBeGreaterThan(1);
    expect(
      [...reached].map((output) => ({ output, heavy: heavyIn(output) })).filter((o) => o.heavy.length > 0),
    ).toEqual([]);
    // They are in the bundle all the same, in chunks of their own (the check can see them).
    const all = Object.keys(meta.outputs).filter((o) => o.endsWith(".mjs"));
    expect(new Set(all.flatMap(heavyIn))).toEqual(new Set(Object.keys(HEAVY)));
  });

  it.each([
    ["validate", ["validate", EXAMPLE]],
    ["totals", ["totals", EXAMPLE, "--json"]],
    ["profiles", ["profiles"]],
    ["--version", ["--version"]],
  ])("%s loads none of them", async (_, args) => {
    const r = await loadedBy(args);
    expect(r.stderr).not.toContain("程序内部错误");
    expect(r.files).toContain("dist/cli/main.mjs");
    expect(r.heavy).toEqual([]);
  });

  it("sees them where they are used: template loads exceljs; report --charts png docx, and echarts and resvg on its worker", async () => {
    const template = await loadedBy(["template", "-o", join(dir, "t.xlsx")]);
    expect(template.code).toBe(0);
    expect(template.heavy).toEqual(["exceljs"]);
    const png = await loadedBy(["report", EXAMPLE, "-o", join(dir, "r.docx"), "--charts", "png"]);
    expect(png.code).toBe(1); // the example has error findings on purpose
    expect(png.heavy).toEqual(["docx", "echarts", "resvg"]);
    const native = await loadedBy(["report", EXAMPLE, "-o", join(dir, "n.docx")]);
    expect(native.heavy).toEqual(["docx"]);
  });
});

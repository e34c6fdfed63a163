// Issue 14: the pane's read+check in Chromium against the CLI's in-process read+check, in the same run.
//   node bench/pane.mjs [FILE]      (default out/bench-large.xlsx, which bench/run.mjs writes)
// The pane side is the built worker (dist/pane-worker/pane-worker.js, what the pages inline and start from a blob:
// URL) in headless Chromium (playwright-core; CHROMIUM_PATH or /usr/bin/chromium), timed from posting the file's
// bytes to the answer: read, inflate, check, plus the SHA-256 and the narrative the pane also makes. The CLI side is
// bench/measure.mjs's readMs + analyzeMs (Node's zlib, as the CLI runs). Target: ratio ≤ 1.3 (warm, best of rounds).
/* global Blob, document, Worker -- the evaluated function runs in the page */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { chromium } from "playwright-core";

const file = process.argv[2] ?? "out/bench-large.xlsx";
const rounds = 5;
const dist = process.env.ADDIN_DIST ? resolve(process.env.ADDIN_DIST) : resolve("dist/addin");
const workerFile = join(dirname(dist), "pane-worker/pane-worker.js");
const executablePath = process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";
if (!existsSync(workerFile) || !existsSync(executablePath)) {
  console.log(`pane benchmark skipped: needs ${workerFile} (npm run build) and Chromium at ${executablePath}`);
  process.exit(0);
}

const { stdout } = await promisify(execFile)(
  process.execPath,
  ["--expose-gc", "bench/measure.mjs", file, String(rounds), "ours"],
  { maxBuffer: 1 << 26 },
);
const cli = JSON.parse(stdout.trim().split("\n").pop());
const cliMs = cli.readMs + cli.analyzeMs;

const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
// A secure context, as the pane's https and file:// pages are (WebCrypto's SHA-256): localhost, answered here.
await page.route("http://localhost/bench", (r) => r.fulfill({ contentType: "text/html", body: `<input type="file">` }));
await page.goto("http://localhost/bench");
await page.locator("input").setInputFiles(file);
/**
 * Analyses in two workers, rounds alternated: as built (the browser's DecompressionStream) and with fflate (the same
 * code, DecompressionStream hidden from it: what a browser without one runs). Per round: ms from posting the bytes
 * to the answer, and each stage's start.
 */
const code = readFileSync(workerFile, "utf8");
const times = await page.evaluate(
  async ({ variants, rounds }) => {
    const bytes = new Uint8Array(await document.querySelector("input").files[0].arrayBuffer());
    const workers = variants.map((c) => new Worker(URL.createObjectURL(new Blob([c], { type: "text/javascript" }))));
    const out = variants.map(() => []);
    for (let i = 0; i < rounds; i++) {
      for (const [v, worker] of workers.entries()) {
        const copy = bytes.slice().buffer;
        const t0 = performance.now();
        const stages = {};
        await new Promise((res, rej) => {
          worker.onmessage = ({ data }) => {
            if (data.kind === "progress") stages[data.progress.stage] ??= Math.round(performance.now() - t0);
            else if (data.kind === "done" && data.value.ok) res();
            else rej(new Error(JSON.stringify(data).slice(0, 300)));
          };
          worker.postMessage({ id: i, kind: "analyze", key: i, fileName: "x.xlsx", bytes: copy, now: Date.now() }, [
            copy,
          ]);
        });
        out[v].push({ ms: performance.now() - t0, stages });
      }
    }
    for (const w of workers) w.terminate();
    return out;
  },
  { variants: [code, `self.DecompressionStream = undefined;\n${code}`], rounds },
);
await browser.close();

const ms = (n) => `${n.toFixed(0).padStart(7)} ms`;
console.log(`\nThe pane (issue 14), ${file}: read+check in a Chromium worker vs the CLI in-process, same run`);
console.log(`  CLI read+check (Node's zlib), best of ${rounds}                 ${ms(cliMs)}`);
for (const [label, runs] of [
  ["pane, DecompressionStream (as built)", times[0]],
  ["pane, fflate (no DecompressionStream)", times[1]],
]) {
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const first = runs[0];
  console.log(`  ${label}, first (cold)   ${ms(first.ms)}   ratio ${(first.ms / cliMs).toFixed(2)}`);
  console.log(
    `  ${label}, best of ${rounds}    ${ms(best.ms)}   ratio ${(best.ms / cliMs).toFixed(2)}  (target ≤ 1.3)  stages start at ${JSON.stringify(best.stages)}`,
  );
}

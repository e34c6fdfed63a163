/**
 * A seeded fuzz test of the reader (issue 10, item 5): a few hundred mutations of the filled example
 * ledger (templates/example-2024.xlsx), made by tests/fixtures-hand/mutate.ts — damage to the zip
 * structure on the raw bytes, and edits to a sheet's XML re-zipped with honest CRCs — each with the
 * outcome it REQUIRES:
 *
 *   same               read, with the seed's own findings and totals (the same JSON)
 *   refused-or-same    an input error (exit 2), or read exactly as the seed
 *   refused-or-finding an input error, or read with a finding at the damaged cell or row
 *   refused            an input error
 *   bounded            anything but a hang or running out of memory
 *
 * and always within the bound: every case runs in a worker thread with a heap limit and a per-case
 * wall-time limit; one that outlives it, dies of memory or throws fails, named.
 *
 * Replay one case (or a class, or several, comma-separated):
 *   FUZZ_SEED=0x10102024 FUZZ_CASE=zip.flip.data#07 npx vitest run tests/workbook/fuzz.test.ts
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, assert, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings/finding.js";
import { fuzzCases, placeKey, type FuzzCase, type Required } from "../fixtures-hand/mutate.js";
import { readCase, ROLE, SEED_WORKBOOK, type CaseReadOk, type WorkerAnswer, type WorkerSetup } from "./fuzz-worker.js";

const DEFAULT_SEED = 0x10102024;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : DEFAULT_SEED;
const SEED_HEX = `0x${SEED.toString(16)}`;
/** Case ids or class names, comma-separated: only these run. */
const ONLY = process.env.FUZZ_CASE?.split(",")
  .map((s) => s.trim())
  .filter(Boolean);
/** Per case (making the bytes and reading them). */
const CASE_MS = 10_000;
const HEAP_MB = 600;
const WORKERS = 2;

const replay = (id: string): string =>
  `FUZZ_SEED=${SEED_HEX} FUZZ_CASE=${id} npx vitest run tests/workbook/fuzz.test.ts`;

// The seed's own result, once: what "read the same" means.
const seedBytes = new Uint8Array(readFileSync(SEED_WORKBOOK));
const seedRead: CaseReadOk = await readCase(seedBytes).then((r) => {
  if ("refused" in r)
    throw new Error(`the seed workbook is refused (${r.refused}): the fuzz test has nothing to compare with`);
  return r;
});
const seedJson = JSON.stringify({ findings: seedRead.findings, totals: seedRead.totals });
const busy = new Set(seedRead.findings.map((f) => placeKey(f.sheet, f.row ?? 0)));

const ALL = fuzzCases(seedBytes, SEED, busy);
const CASES = ONLY ? ALL.filter((c) => ONLY.some((o) => c.id === o || c.cls === o)) : ALL;

// ---------------------------------------------------------------------------------------------
// Workers: TypeScript through tsx's loader, registered in the worker before the module loads.

type Outcome =
  | WorkerAnswer
  | { readonly kind: "timeout" }
  | { readonly kind: "oom"; readonly message: string }
  | { readonly kind: "died"; readonly message: string };

const requireHere = createRequire(import.meta.url);
// tsx's ESM API (`--import tsx` in execArgv registers its hooks too late for the worker's own
// entry module): register, then load the worker module.
const tsxPackage = requireHere.resolve("tsx/package.json");
const tsxApi = (
  JSON.parse(readFileSync(tsxPackage, "utf8")) as { exports: Record<string, { import: { default: string } }> }
).exports["./esm/api"]?.import.default;
if (!tsxApi) throw new Error("tsx has no ./esm/api export");
const BOOT = `import(${JSON.stringify(pathToFileURL(join(dirname(tsxPackage), tsxApi)).href)})
  .then((tsx) => tsx.register())
  .then(() => import(${JSON.stringify(new URL("./fuzz-worker.ts", import.meta.url).href)}));`;

const live = new Set<Worker>();

function spawn(): Promise<Worker> {
  const setup: WorkerSetup = { role: ROLE, seed: SEED, busy: [...busy] };
  const w = new Worker(BOOT, { eval: true, workerData: setup, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  live.add(w);
  w.on("error", () => undefined); // reported by the case that was running; never an uncaught error here
  w.on("exit", () => live.delete(w));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void w.terminate();
      reject(new Error("the fuzz worker did not start within 60 s"));
    }, 60_000);
    const fail = (e: unknown): void => {
      clearTimeout(timer);
      reject(e instanceof Error ? e : new Error(`the fuzz worker exited while starting (${String(e)})`));
    };
    w.once("error", fail);
    w.once("exit", fail);
    w.once("message", (m: { ready?: boolean }) => {
      clearTimeout(timer);
      w.off("error", fail);
      w.off("exit", fail);
      if (m.ready) resolve(w);
      else reject(new Error("the fuzz worker said something other than ready"));
    });
  });
}

interface Slot {
  worker?: Promise<Worker> | undefined;
}

/** One case in the slot's worker: its answer, or what became of the worker within CASE_MS. */
async function runOne(slot: Slot, c: FuzzCase): Promise<Outcome> {
  const w = await (slot.worker ??= spawn());
  return new Promise<Outcome>((resolve) => {
    const done = (o: Outcome, kill: boolean): void => {
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
      if (kill) {
        slot.worker = undefined;
        void w.terminate();
      }
      resolve(o);
    };
    const onMessage = (m: WorkerAnswer): void => {
      if (m.id === c.id) done(m, false);
    };
    const onError = (e: Error & { code?: string }): void =>
      done(
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? { kind: "oom", message: e.message }
          : { kind: "died", message: e.stack ?? e.message },
        true,
      );
    const onExit = (code: number): void => done({ kind: "died", message: `the worker exited with code ${code}` }, true);
    const timer = setTimeout(() => done({ kind: "timeout" }, true), CASE_MS);
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    w.postMessage({ id: c.id });
  });
}

/** Every case through WORKERS workers; the slow classes first, so they overlap the quick ones. */
async function runAll(cases: readonly FuzzCase[]): Promise<Map<string, Outcome>> {
  const slow = (c: FuzzCase): number => (c.cls === "xml.huge" || c.cls === "xml.merge" ? 0 : 1);
  const queue = [...cases].sort((a, b) => slow(a) - slow(b));
  const out = new Map<string, Outcome>();
  const slots: Slot[] = Array.from({ length: WORKERS }, () => ({}));
  await Promise.all(
    slots.map(async (slot) => {
      for (let c = queue.shift(); c; c = queue.shift()) out.set(c.id, await runOne(slot, c));
      const w = slot.worker;
      slot.worker = undefined;
      if (w) void (await w).terminate();
    }),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// Verdicts

type Failure =
  | "timeout"
  | "out of memory"
  | "worker died"
  | "threw"
  | "generator error"
  | "refused"
  | "misread"
  | "no finding"
  | "not refused";

/** What a read did compared with the seed's. */
type Effect = "read the same" | "findings differ, totals the same" | "totals differ";

interface Verdict {
  readonly failure?: Failure;
  readonly detail: string;
  readonly ms?: number;
  readonly effect?: Effect;
  /** Answered with an input error. */
  readonly refused?: boolean;
}

const findingKey = (f: Finding): string => `${f.code}@${f.sheet}!${f.cell ?? `row ${f.row ?? "-"}`}`;

function flatten(x: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (x !== null && typeof x === "object")
    for (const [k, v] of Object.entries(x)) flatten(v, path ? `${path}.${k}` : k, out);
  else out.set(path, x);
  return out;
}

/** How a read differs from the seed's, in a line: findings gone and new, totals changed. */
function difference(read: CaseReadOk, count: number): { totalsDiffer: boolean; text: string } {
  const before = seedRead.findings.map(findingKey);
  const after = read.findings.map(findingKey);
  const gone = before.filter((k) => !after.includes(k));
  const added = after.filter((k) => !before.includes(k));
  const a = flatten(seedRead.totals, "", new Map());
  const b = flatten(read.totals, "", new Map());
  const changed = [...new Set([...a.keys(), ...b.keys()])].filter(
    (k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)),
  );
  const list = (xs: readonly string[]): string => xs.slice(0, 3).join(", ") + (xs.length > 3 ? ` …(${xs.length})` : "");
  const parts = [
    `findings ${seedRead.findings.length} → ${count}`,
    gone.length ? `gone: ${list(gone)}` : "",
    added.length ? `new: ${list(added)}` : "",
    changed.length
      ? `totals changed: ${list(changed.map((k) => `${k} ${JSON.stringify(a.get(k))}→${JSON.stringify(b.get(k))}`))}`
      : "totals the same",
  ];
  return { totalsDiffer: changed.length > 0, text: parts.filter(Boolean).join("; ") };
}

const describeRequired = (r: Required): string =>
  r.kind === "refused-or-finding"
    ? `refused, or a finding at ${r.place.sheet}!${r.place.cells?.join("/") ?? `row ${r.place.rows.join("/")}`}`
    : r.kind;

function judge(c: FuzzCase, o: Outcome): Verdict {
  if (o.kind === "timeout")
    return { failure: "timeout", detail: `no answer within ${CASE_MS / 1000} s (hang or too slow)` };
  if (o.kind === "oom")
    return { failure: "out of memory", detail: `the worker ran out of its ${HEAP_MB} MB heap: ${o.message}` };
  if (o.kind === "died") return { failure: "worker died", detail: o.message };
  if (o.kind === "threw")
    return {
      failure: o.stage === "make" ? "generator error" : "threw",
      detail: o.message.split("\n").slice(0, 4).join(" | "),
    };
  const ms = o.makeMs + o.readMs;
  const r = o.read;
  const refused = "refused" in r ? `refused: ${r.refused}${r.detail ? ` (${r.detail})` : ""}` : "";
  if (c.required.kind === "bounded")
    return { detail: refused || `read, ${o.findingCount} findings`, ms, refused: Boolean(refused) };
  if ("refused" in r)
    return c.required.kind === "same"
      ? { failure: "refused", detail: refused, ms, refused: true }
      : { detail: refused, ms, refused: true };
  const same =
    o.findingCount === seedRead.findings.length &&
    JSON.stringify({ findings: r.findings, totals: r.totals }) === seedJson;
  const diff = same ? { totalsDiffer: false, text: "read the same" } : difference(r, o.findingCount);
  const effect: Effect = same
    ? "read the same"
    : diff.totalsDiffer
      ? "totals differ"
      : "findings differ, totals the same";
  switch (c.required.kind) {
    case "refused":
      return { failure: "not refused", detail: `read: ${diff.text}`, ms, effect };
    case "same":
    case "refused-or-same":
      return same
        ? { detail: "read the same", ms, effect }
        : { failure: "misread", detail: `read differently: ${diff.text}`, ms, effect };
    case "refused-or-finding":
      return o.placeHit
        ? { detail: "read with a finding there", ms, effect }
        : { failure: "no finding", detail: `read without a finding there: ${diff.text}`, ms, effect };
  }
}

// ---------------------------------------------------------------------------------------------

const verdicts = new Map<string, Verdict>();
let wallMs = 0;

function report(): string {
  const classes = [...new Set(CASES.map((c) => c.cls))];
  const rows = classes.map((cls) => {
    const cs = CASES.filter((c) => c.cls === cls);
    const failed = cs.filter((c) => verdicts.get(c.id)?.failure);
    const kinds = new Map<string, number>();
    for (const c of failed) {
      const v = verdicts.get(c.id);
      const k = v?.effect && v.failure !== "refused" ? `${v.failure ?? ""} (${v.effect})` : (v?.failure ?? "");
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    // Worker time: the answered cases' own, a timed-out one counts its whole limit.
    const ms = cs.reduce((n, c) => {
      const v = verdicts.get(c.id);
      return n + (v?.ms ?? (v?.failure === "timeout" ? CASE_MS : 0));
    }, 0);
    const refusedCount = cs.filter((c) => verdicts.get(c.id)?.refused).length;
    return [
      cls,
      String(cs.length),
      String(cs.length - failed.length),
      String(failed.length),
      String(refusedCount),
      (ms / 1000).toFixed(1),
      [...kinds].map(([k, n]) => `${n} ${k}`).join(", "),
    ];
  });
  const head = ["class", "cases", "pass", "fail", "refused", "worker s", "failures"];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: readonly string[]): string => r.map((x, i) => x.padEnd(width[i] ?? 0)).join("  ");
  const slowest = [...verdicts]
    .filter(([, v]) => v.ms !== undefined)
    .sort((a, b) => (b[1].ms ?? 0) - (a[1].ms ?? 0))
    .slice(0, 5)
    .map(([id, v]) => `${id} ${Math.round(v.ms ?? 0)} ms`);
  const failures = CASES.filter((c) => verdicts.get(c.id)?.failure).length;
  return [
    `fuzz seed ${SEED_HEX}: ${CASES.length} cases, ${failures} failed, ${(wallMs / 1000).toFixed(1)} s in ${WORKERS} workers`,
    line(head),
    ...rows.map(line),
    `slowest answered: ${slowest.join(", ")}`,
    `replay a case: ${replay("<id>")}`,
  ].join("\n");
}

beforeAll(async () => {
  const started = performance.now();
  const outcomes = await runAll(CASES);
  wallMs = performance.now() - started;
  for (const c of CASES) {
    const o = outcomes.get(c.id);
    verdicts.set(c.id, o ? judge(c, o) : { failure: "worker died", detail: "never answered" });
  }
  console.log(report());
}, 900_000);

afterAll(async () => {
  await Promise.all([...live].map((w) => w.terminate()));
});

describe(`the reader under mutations of the example ledger (fuzz seed ${SEED_HEX})`, () => {
  it("the seed reads, with some error findings, and every case id is unique", () => {
    expect(seedRead.findings.some((f) => f.severity === "error")).toBe(true);
    expect(new Set(ALL.map((c) => c.id)).size).toBe(ALL.length);
    expect(ALL.length).toBeGreaterThan(300);
  });

  it.for(CASES)("$id: $what", (c) => {
    const v = verdicts.get(c.id);
    if (!v) assert.fail(`${c.id} did not run`);
    if (v.failure)
      assert.fail(
        `${c.id} (${c.what}): ${v.failure}: ${v.detail}\n  required: ${describeRequired(c.required)}\n  replay: ${replay(c.id)}`,
      );
  });
});

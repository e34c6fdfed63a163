/**
 * Runs the built CLI (bin/union-ledger.js → dist/, built by `npm test`) as a clerk's shell would
 * (`runCli`), or its `main()` in this process (`runMain`), and checks the one-message rule of
 * cli.md for exit code 2.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export const BIN = join(import.meta.dirname, "../../bin/union-ledger.js");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export function runCli(
  args: readonly string[],
  options: { nodeArgs?: readonly string[]; env?: Readonly<Record<string, string>> } = {},
): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      env: { ...process.env, UNION_LEDGER_DEBUG: "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

let inProcess: Promise<unknown> = Promise.resolve();

/**
 * Runs the CLI's `main()` (src/cli/main.ts) in this process, with what it writes to stdout and
 * stderr captured and the exit code it returns (bin/union-ledger.js makes that the process's exit
 * code): for tests about what a command writes and answers, without a Node start-up per run. Runs
 * one at a time (stdout and stderr are stubbed while a run lasts). What is about the process itself
 * (its exit status, stderr as the shell sees it, the read spy) stays on `runCli`, and so does what
 * starts a worker thread on the command's own module (a roll-up of four or more files, PNG charts):
 * a worker cannot load src/'s TypeScript.
 */
export function runMain(args: readonly string[]): Promise<CliRun> {
  const run = inProcess.then(async (): Promise<CliRun> => {
    const { main } = await import("../../src/cli/main.js");
    const started = Date.now();
    const captured = { stdout: "", stderr: "" };
    const capture = (stream: NodeJS.WriteStream, key: keyof typeof captured): (() => void) => {
      const original = stream.write;
      stream.write = ((
        chunk: string | Uint8Array,
        encoding?: BufferEncoding | ((e?: Error | null) => void),
        done?: (e?: Error | null) => void,
      ): boolean => {
        captured[key] +=
          typeof chunk === "string"
            ? chunk
            : Buffer.from(chunk).toString(typeof encoding === "string" ? encoding : "utf8");
        const callback = typeof encoding === "function" ? encoding : done;
        if (callback) queueMicrotask(() => callback());
        return true;
      }) as typeof stream.write;
      return () => void (stream.write = original);
    };
    const restore = [capture(process.stdout, "stdout"), capture(process.stderr, "stderr")];
    const debug = process.env["UNION_LEDGER_DEBUG"];
    delete process.env["UNION_LEDGER_DEBUG"];
    try {
      const code = await main(args);
      return { code, ...captured, ms: Date.now() - started };
    } finally {
      for (const r of restore) r();
      if (debug !== undefined) process.env["UNION_LEDGER_DEBUG"] = debug;
    }
  });
  inProcess = run.catch(() => undefined);
  return run;
}

export async function sha256(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

/** Problems with stderr as the one plain message of exit code 2 (cli.md); empty when fine. */
export function oneMessageProblems(stderr: string): string[] {
  const lines = stderr.split("\n").filter((l) => l.trim() !== "");
  const problems: string[] = [];
  if (lines.length !== 1) problems.push(`${lines.length} lines on stderr: ${JSON.stringify(stderr)}`);
  if (!/[\u4e00-\u9fff]/u.test(stderr)) problems.push(`no Chinese in ${JSON.stringify(stderr)}`);
  if (/^\s*at\s/mu.test(stderr) || /node:internal|\.js:\d+|\.ts:\d+/u.test(stderr))
    problems.push(`stack trace in ${JSON.stringify(stderr)}`);
  if (/\b(?:Error|TypeError|RangeError|undefined|null|NaN)\b/u.test(stderr))
    problems.push(`programmer's words in ${JSON.stringify(stderr)}`);
  if (stderr.includes("程序内部错误")) problems.push(`internal error: ${JSON.stringify(stderr)}`);
  return problems;
}

/**
 * A preload (node --require) that records every attempt to open or read one file: proof that the
 * CLI refuses a huge file by its size alone.
 */
export const READ_SPY = `
const fs = require("node:fs");
const target = process.env.UL_SPY_TARGET;
const log = process.env.UL_SPY_LOG;
const note = (op, p) => { if (typeof p === "string" && p.endsWith(target)) fs.appendFileSync(log, op + " " + p + "\\n"); };
for (const name of ["readFile", "readFileSync", "open", "openSync", "createReadStream"]) {
  const orig = fs[name];
  fs[name] = function (p, ...rest) { note(name, p); return orig.call(this, p, ...rest); };
}
for (const name of ["readFile", "open"]) {
  const orig = fs.promises[name];
  fs.promises[name] = function (p, ...rest) { note("promises." + name, p); return orig.call(this, p, ...rest); };
}
require("node:module").syncBuiltinESMExports();
`;

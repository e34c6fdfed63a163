/**
 * Runs the built CLI (bin/union-ledger.js → dist/, built by `npm test`) as a clerk's shell would,
 * and checks the one-message rule of cli.md for exit code 2.
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

export function runCli(args: readonly string[], options: { nodeArgs?: readonly string[]; env?: Readonly<Record<string, string>> } = {}): Promise<CliRun> {
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

export async function sha256(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

/** Problems with stderr as the one plain message of exit code 2 (cli.md); empty when fine. */
export function oneMessageProblems(stderr: string): string[] {
  const lines = stderr.split("\n").filter((l) => l.trim() !== "");
  const problems: string[] = [];
  if (lines.length !== 1) problems.push(`${lines.length} lines on stderr: ${JSON.stringify(stderr)}`);
  if (!/[\u4e00-\u9fff]/u.test(stderr)) problems.push(`no Chinese in ${JSON.stringify(stderr)}`);
  if (/^\s*at\s/mu.test(stderr) || /node:internal|\.js:\d+|\.ts:\d+/u.test(stderr)) problems.push(`stack trace in ${JSON.stringify(stderr)}`);
  if (/\b(?:Error|TypeError|RangeError|undefined|null|NaN)\b/u.test(stderr)) problems.push(`programmer's words in ${JSON.stringify(stderr)}`);
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

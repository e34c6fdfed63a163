import type { Reporter, TestCase, TestModule } from "vitest/node";

/** Did a hook (beforeAll, afterAll) of the test's suite or file fail, so the test never ran? */
function parentFailed(t: TestCase): boolean {
  for (let p: TestCase["parent"] | undefined = t.parent; p; p = p.type === "suite" ? p.parent : undefined) {
    if (p.state() === "failed") return true;
    if (p.type === "module") break;
  }
  return false;
}

/**
 * Ends the run with the plain line "N passed, N failed, N skipped" that CI logs are read for,
 * after vitest's own summary. A test that could not run because its suite's hook failed counts as
 * failed (vitest reports it as skipped), and so does a file that failed to load.
 */
export default class CountingReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0,
      failed = 0,
      skipped = 0;
    for (const m of modules) {
      let tests = 0;
      for (const t of m.children.allTests()) {
        tests++;
        const s = t.result().state;
        if (s === "passed") passed++;
        else if (s === "failed" || parentFailed(t)) failed++;
        else skipped++;
      }
      if (tests === 0 && m.state() === "failed") failed++;
    }
    // Printed at exit so it is the very last line, after vitest's own summary (pipes are
    // synchronous on Linux, so the write completes).
    process.once("exit", () => process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`));
  }
}

import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends the run with the plain line "N passed, N failed, N skipped" that CI logs are read for,
 * after vitest's own summary.
 */
export default class CountingReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0, failed = 0, skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === "passed") passed++;
        else if (s === "failed") failed++;
        else skipped++;
      }
    }
    // Printed at exit so it is the very last line, after vitest's own summary (pipes are
    // synchronous on Linux, so the write completes).
    process.once("exit", () => process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`));
  }
}

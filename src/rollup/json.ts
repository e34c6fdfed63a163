import type { Rollup } from "./consolidate.js";

/** `rollup --json` of cli.md (English keys); `unreadable` is an addition: files reported and skipped. */
export function rollupJson(r: Rollup): unknown {
  return {
    units: r.used.map((u) => ({
      file: u.file,
      unionName: u.unionName,
      fiscalYear: u.fiscalYear,
      errors: u.errors,
      warnings: u.warnings,
      totals: u.totals,
    })),
    total: r.total,
    duplicates: r.duplicates,
    missing: r.missing,
    unreadable: r.unreadable.map((f) => ({ file: f.file, message: f.message })),
  };
}

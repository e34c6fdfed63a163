import type { Rollup } from "./consolidate.js";
import { rollupNotices } from "./profiles-used.js";

/**
 * `rollup --json` of cli.md (English keys). Additions: `unreadable` (files reported and skipped), each unit's
 * `profile` and `upperUnion`, and `notices` (what the reader must know: units checked against different profiles).
 */
export function rollupJson(r: Rollup): unknown {
  return {
    units: r.used.map((u) => ({
      file: u.file,
      unionName: u.unionName,
      fiscalYear: u.fiscalYear,
      errors: u.errors,
      warnings: u.warnings,
      totals: u.totals,
      profile: u.profile ?? null,
      upperUnion: u.upperUnion,
    })),
    total: r.total,
    duplicates: r.duplicates,
    missing: r.missing,
    unreadable: r.unreadable.map((f) => ({ file: f.file, message: f.message })),
    notices: rollupNotices(r.used),
  };
}

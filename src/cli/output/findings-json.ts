import type { Analysis } from "../../analysis/analyze.js";
import { messageOf, type Locale } from "../../findings/messages/index.js";

/** `validate --json` (cli.md): stable, English keys, the message in the chosen language. */
export function findingsJson(file: string, a: Analysis, locale: Locale): unknown {
  const { errors, warnings, omitted } = a.tally;
  const t = a.ledger.template;
  return {
    file,
    template: t ? { id: t.id, version: t.version, profile: a.profile.id } : null,
    profile: a.profile.id,
    errors,
    warnings,
    // Counted in errors and warnings but not listed: past MAX_KEPT_PER_CODE findings of one code.
    omitted,
    findings: a.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      row: f.row ?? null,
      column: f.column ?? null,
      cell: f.cell ?? null,
      value: f.value ?? null,
      message: messageOf(f, locale),
    })),
  };
}

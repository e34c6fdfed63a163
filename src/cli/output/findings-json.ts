import type { Analysis } from "../../analyze.js";
import { countBySeverity } from "../../findings/finding.js";
import { messageOf, type Locale } from "../../findings/messages/index.js";

/** `validate --json` (cli.md): stable, English keys, the message in the chosen language. */
export function findingsJson(file: string, a: Analysis, locale: Locale): unknown {
  const { errors, warnings } = countBySeverity(a.findings);
  const t = a.ledger.template;
  return {
    file,
    template: t ? { id: t.id, version: t.version, profile: a.profile.id } : null,
    profile: a.profile.id,
    errors,
    warnings,
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

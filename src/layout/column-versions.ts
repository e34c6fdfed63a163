import type { ColumnSpec, TemplateMinor } from "./column.js";

/** The minor number of a version-1 template's version ("1.1.0" → 1), or undefined. */
function minorOf(version: string): number | undefined {
  const m = /^1\.(\d+)(?:\.|$)/.exec(version);
  return m ? Number(m[1]) : undefined;
}

/**
 * Whether a workbook stamped with `version` was made with the column: every column of version 1.0,
 * and the later ones from their version on. A workbook with no stamp (a clerk's own, or the stamp
 * lost) is held to the 1.0 columns: the later ones are read when present, never asked for.
 */
export function madeWith(column: Pick<ColumnSpec, "since">, version: string | undefined): boolean {
  if (column.since === undefined) return true;
  if (version === undefined) return false;
  const have = minorOf(version);
  const need = minorOf(column.since satisfies TemplateMinor);
  return have !== undefined && need !== undefined && have >= need;
}

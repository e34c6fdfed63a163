import { FINDING_SEVERITY, type FindingCode, type Severity } from "./codes.js";
import type { FindingParams } from "./params.js";

/** Where a finding points. `row` is the 1-based worksheet row, `cell` its A1 address. */
export interface FindingPlace {
  readonly sheet: string;
  readonly row?: number;
  readonly column?: string;
  readonly cell?: string;
  /** The cell's content as the clerk sees it. */
  readonly value?: string;
}

/** A finding is data: a discriminated union on `code`. Messages come from ./messages/. */
export type Finding = {
  readonly [C in FindingCode]: FindingPlace & {
    readonly code: C;
    readonly severity: (typeof FINDING_SEVERITY)[C];
    readonly params: FindingParams[C];
  };
}[FindingCode];

export type FindingOf<C extends FindingCode> = Extract<Finding, { code: C }>;

export function finding<C extends FindingCode>(code: C, place: FindingPlace, params: FindingParams[C]): FindingOf<C> {
  return { code, severity: FINDING_SEVERITY[code], ...place, params } as unknown as FindingOf<C>;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1 };

/** Most serious first, then by sheet order given, then by row. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetRank = (s: string): number => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...findings].sort(
    (a, b) =>
      sheetRank(a.sheet) - sheetRank(b.sheet) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.cell ?? "").localeCompare(b.cell ?? ""),
  );
}

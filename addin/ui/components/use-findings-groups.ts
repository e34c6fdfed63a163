import { useMemo } from "react";
import type { Finding } from "union-ledger";

export interface FindingGroup {
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  /** Errors first, then warnings, each in sheet order (the core sorts by row). */
  readonly items: readonly Finding[];
}

/** Findings grouped by sheet, in the order the core sorted them. */
export function useFindingGroups(findings: readonly Finding[]): readonly FindingGroup[] {
  return useMemo(() => {
    const by = new Map<string, Finding[]>();
    for (const f of findings) by.set(f.sheet, [...(by.get(f.sheet) ?? []), f]);
    return [...by].map(([sheet, items]) => ({
      sheet,
      errors: items.filter((f) => f.severity === "error").length,
      warnings: items.filter((f) => f.severity === "warning").length,
      items: [...items.filter((f) => f.severity === "error"), ...items.filter((f) => f.severity === "warning")],
    }));
  }, [findings]);
}

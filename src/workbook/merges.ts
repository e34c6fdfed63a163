import type { Worksheet } from "exceljs";
import { cellAddress } from "./address.js";

export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly label: string;
}

// exceljs keeps merges in Worksheet._merges (master address → Range); its only public view is
// `worksheet.model.merges`, which rebuilds the whole sheet model (slow on 20,000-row sheets).
type WithMerges = { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> };

export function mergedRanges(ws: Worksheet): MergedRange[] {
  const merges = (ws as unknown as WithMerges)._merges ?? {};
  return Object.values(merges).flatMap((r) => {
    const m = r.model;
    if (!m) return [];
    return [{ ...m, label: `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}` }];
  });
}

import { displayText } from "../cells/raw-cell.js";
import type { SheetSource } from "./source/source.js";
import type { TemplateStamp } from "./ledger.js";

/** `_meta`: key in column A, value in column B (template-v1.md). */
export function readMeta(ws: SheetSource | undefined): TemplateStamp | undefined {
  if (!ws) return undefined;
  const pairs = new Map<string, string>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const key = displayText(ws.cell(r, 1)).trim();
    if (key) pairs.set(key, displayText(ws.cell(r, 2)).trim());
  }
  const id = pairs.get("templateId");
  const version = pairs.get("templateVersion");
  if (!id || !version) return undefined;
  const stamp: Record<string, string> = { id, version };
  for (const k of ["profile", "codeSet", "layoutHash", "generatedAt", "generator", "profileJson"] as const) {
    const v = pairs.get(k);
    if (v) stamp[k] = v;
  }
  return stamp as unknown as TemplateStamp;
}

export const majorOf = (version: string): number => Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);

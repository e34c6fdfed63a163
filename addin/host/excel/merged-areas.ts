import type { MergedRange } from "union-ledger";

const AREA = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/u;

const columnNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * `RangeAreas.address` ("'活动台账'!B5:C5, '活动台账'!D9:D10") → merged ranges. Sheet names may hold
 * commas inside quotes, so each area is taken after its last `!`.
 */
export function parseAreas(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  for (const part of address.split(/,(?=(?:[^']*'[^']*')*[^']*$)/u)) {
    const a = part.slice(part.lastIndexOf("!") + 1).trim();
    const m = AREA.exec(a);
    if (!m) continue;
    const [, c1 = "A", r1 = "1", c2, r2] = m;
    const top = Number(r1),
      left = columnNumber(c1);
    const bottom = r2 ? Number(r2) : top,
      right = c2 ? columnNumber(c2) : left;
    out.push({ top, left, bottom, right, label: a.replaceAll("$", "") });
  }
  return out;
}

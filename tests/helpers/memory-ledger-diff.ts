/**
 * Differences between the in-memory ledger (memory-ledger.ts) and the written file, as lines a
 * failing test prints: sheet by sheet and cell by cell, and analysis by analysis.
 */
import type { Analysis } from "../../src/analysis/analyze.js";
import { cellAddress } from "../../src/workbook/address.js";
import type { RawCell } from "../../src/cells/raw-cell.js";
import type { SheetSource, WorkbookSource } from "../../src/workbook/source/source.js";

const cellText = (c: RawCell): string =>
  JSON.stringify(
    c.type === "date" ? { ...c, value: Number.isNaN(c.value.getTime()) ? "Invalid Date" : c.value.toISOString() } : c,
  );

function diffSheet(name: string, a: SheetSource | undefined, b: SheetSource | undefined): string[] {
  if (!a || !b) return a === b ? [] : [`${name}: ${a ? "only in memory" : "only in the file"}`];
  const out: string[] = [];
  if (a.rowCount !== b.rowCount) out.push(`${name}: rowCount ${a.rowCount} in memory, ${b.rowCount} in the file`);
  if (a.columnCount !== b.columnCount)
    out.push(`${name}: columnCount ${a.columnCount} in memory, ${b.columnCount} in the file`);
  const merges = (s: SheetSource): string =>
    JSON.stringify([...s.merges()].sort((x, y) => x.top - y.top || x.left - y.left));
  if (merges(a) !== merges(b)) out.push(`${name}: merges ${merges(a)} in memory, ${merges(b)} in the file`);
  const rows = Math.max(a.rowCount, b.rowCount) + 1;
  const cols = Math.max(a.columnCount, b.columnCount) + 1;
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const x = cellText(a.cell(r, c));
      const y = cellText(b.cell(r, c));
      if (x !== y) out.push(`${name}!${cellAddress(r, c)}: ${x} in memory, ${y} in the file`);
    }
  }
  return out;
}

/** Every difference between two workbook sources over the sheets named (cells, sizes, merges). */
export function diffSources(memory: WorkbookSource, file: WorkbookSource, sheets: readonly string[]): string[] {
  const out: string[] = [];
  if (JSON.stringify(memory.sheetNames) !== JSON.stringify(file.sheetNames)) {
    out.push(
      `sheet names ${JSON.stringify(memory.sheetNames)} in memory, ${JSON.stringify(file.sheetNames)} in the file`,
    );
  }
  for (const name of sheets) out.push(...diffSheet(name, memory.sheet(name), file.sheet(name)));
  return out;
}

const json = (x: unknown): string => JSON.stringify(x);

/** Every difference between two analyses: findings one by one, then tally, totals, ledger, profile. */
export function diffAnalyses(memory: Analysis, file: Analysis): string[] {
  const out: string[] = [];
  const a = memory.findings.map(json);
  const b = file.findings.map(json);
  for (const f of a) if (!b.includes(f)) out.push(`finding only in memory: ${f}`);
  for (const f of b) if (!a.includes(f)) out.push(`finding only in the file: ${f}`);
  if (!out.length && json(a) !== json(b)) out.push("the same findings in another order");
  for (const key of ["tally", "totals", "ledger", "profile"] as const) {
    if (json(memory[key]) !== json(file[key]))
      out.push(
        `${key} differs: ${json(memory[key]).slice(0, 300)} in memory, ${json(file[key]).slice(0, 300)} in the file`,
      );
  }
  return out;
}

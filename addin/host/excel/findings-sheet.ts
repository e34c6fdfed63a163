import type { FindingsTable, ReplaceSheet, SheetWrite } from "../host.js";

/** Excel's longest sheet name. */
const MAX_NAME = 31;

/** "校验结果" → "校验结果(2)", "(3)", …: the first no sheet has (Excel compares sheet names ignoring case). */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let i = 2; ; i++) {
    const suffix = `(${i})`;
    const candidate = `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The add-in's findings sheet is the one whose first row is the findings table's header: the add-in writes it
 * there, as text, and a clerk's own sheet of that name (a list of their own) has other headings. A sheet written
 * in the other language does not count as ours: the clerk is asked, never overridden.
 */
const isOurs = (first: readonly unknown[], header: readonly string[]): boolean =>
  header.length > 0 && header.every((h, i) => first[i] === h);

/**
 * Writes the findings table into a new sheet `name`, replacing a sheet of that name only as `replace` allows.
 * Sync 1 finds the sheet and every sheet's name (for a free name); sync 2 reads an existing sheet's first row
 * when only our own may be replaced; the last sync writes (addin.md: one 2-D write, never cell by cell).
 */
export async function writeFindingsSheet(
  context: Excel.RequestContext,
  name: string,
  table: FindingsTable,
  replace: ReplaceSheet,
): Promise<SheetWrite> {
  const sheets = context.workbook.worksheets.load("items/name");
  const existing = sheets.getItemOrNullObject(name).load("isNullObject");
  await context.sync();
  if (!existing.isNullObject && replace === "ours") {
    const header = table[0] ?? [];
    const first = existing.getRangeByIndexes(0, 0, 1, Math.max(1, header.length)).load("values");
    await context.sync();
    if (!isOurs(first.values[0] ?? [], header))
      return {
        written: false,
        name,
        free: freeSheetName(
          name,
          sheets.items.map((s) => s.name),
        ),
      };
  }
  if (!existing.isNullObject) existing.delete();
  const ws = context.workbook.worksheets.add(name);
  const width = Math.max(1, ...table.map((r) => r.length));
  const rows = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
  if (rows.length > 0) {
    const range = ws.getRangeByIndexes(0, 0, rows.length, width);
    // Text format first, so a code like "0012" or a date-looking message stays as written.
    range.numberFormat = rows.map((r) => r.map(() => "@"));
    range.values = rows;
    ws.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
    range.format.autofitColumns();
  }
  ws.freezePanes.freezeRows(1);
  ws.activate();
  await context.sync();
  return { written: true, name };
}

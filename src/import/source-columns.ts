import { columnLetter } from "../workbook/address.js";
import type { Chosen } from "./choose.js";
import { columnOf, SPEC_OF } from "./ledgers.js";
import type { SourceColumn } from "./read-rows.js";
import type { SheetMapping } from "./report.js";
import { headerNorm } from "./synonyms.js";

/** The columns read from a chosen sheet: the placed ones, then every other column with a header or a value. */
export function sourceColumns(c: Chosen): { columns: SourceColumn[]; kept: SheetMapping["unplaced"] } {
  const spec = SPEC_OF[c.ledger];
  const placed = [...c.placement.placed].map(([key, p]) => ({
    col: p.col,
    header: c.layout.columns.get(p.col)?.shown ?? columnLetter(p.col),
    spec: columnOf(c.ledger, key) ?? spec.columns[0],
  }));
  const taken = new Set(placed.map((p) => p.col));
  const others: number[] = [];
  for (let col = 1; col <= c.ws.columnCount; col++) {
    if (taken.has(col)) continue;
    if (c.layout.columns.has(col)) others.push(col);
    else
      for (let r = c.layout.row + 1; r <= c.ws.rowCount; r++)
        if (c.ws.cell(r, col).type !== "empty") {
          others.push(col);
          break;
        }
  }
  const templateHeaders = new Set(
    SPEC_OF[c.ledger === "duesPayments" ? "dues" : c.ledger].columns.map((x) => headerNorm(x.header)),
  );
  const kept = others.map((col) => {
    const header = c.layout.columns.get(col)?.shown ?? `${columnLetter(col)}列`;
    // A header the template also has would be taken for the template's column when read back (upgrade.ts skips it).
    const keptAs = templateHeaders.has(headerNorm(header)) ? `${header}（原表）` : header;
    return { column: columnLetter(col), header, keptAs, col };
  });
  const columns: SourceColumn[] = [
    ...placed
      .sort((a, b) => a.col - b.col)
      .map((p) => ({ col: p.col, header: p.header, ...(p.spec ? { spec: p.spec } : {}) })),
    ...kept.map((k) => ({ col: k.col, header: k.keptAs })),
  ];
  return { columns, kept: kept.map(({ column, header, keptAs }) => ({ column, header, keptAs })) };
}

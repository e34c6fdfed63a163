import { err, ok, type Result } from "../result.js";
import { columnLetter } from "../workbook/address.js";
import { loadWorkbookSource } from "../workbook/load.js";
import type { SheetSource } from "../workbook/source/source.js";
import type { XlsxReadOptions } from "../workbook/xlsx/open-xlsx.js";
import { NOT_DATA, rosterOf } from "./choose.js";
import { candidatesOf, evaluate } from "./detect.js";
import { candidateLayouts, type HeaderLayout } from "./header-row.js";
import { columnOf, LEDGER_IDS, LEDGER_LABEL, SPEC_OF, type LedgerId } from "./ledgers.js";
import { IMPORT_MAP_FORMAT, type ImportMap } from "./map-file.js";
import { placeColumns } from "./map-columns.js";
import type { ImportError } from "./report.js";

type MapSheet = ImportMap["sheets"][number];

/** A sheet of the clerk's workbook and, for each ledger, how it would be read as that ledger (MAP.json's form). */
export interface SheetChoice {
  readonly sheet: string;
  /** By ledger label (MAP.json's `ledger`). */
  readonly as: Readonly<Record<string, MapSheet>>;
}

/**
 * What the panes' mapping table offers (issue 15 item 3): each ledger a sheet may go to with its template columns,
 * each sheet read as each ledger, and `draft`, the map detection proposes with every ambiguity left in view — two
 * sheets both as 活动台账, two columns both as 费用(元) — for the clerk to settle with the drop-downs. The import
 * itself refuses such a map (chosenFromMap), so nothing is guessed.
 */
export interface ImportChoices {
  readonly ledgers: readonly { readonly id: LedgerId; readonly label: string; readonly targets: readonly string[] }[];
  readonly sheets: readonly SheetChoice[];
  readonly draft: ImportMap;
}

/** The sheet read as `ledger`: its best layout if it qualifies, else the layout most of its headers fit. */
function asLedger(ws: SheetSource, ledger: LedgerId, roster: ReadonlySet<string>, fallback: HeaderLayout): MapSheet {
  const found = evaluate(ws, ledger, roster);
  const layout = found?.layout ?? fallback;
  const placement = found?.placement ?? placeColumns(ws, ledger, layout, roster);
  const to = new Map<number, { to: string; confidence: "header" | "synonym" | "content" }>();
  for (const [key, p] of placement.placed)
    to.set(p.col, { to: columnOf(ledger, key)?.header ?? key, confidence: p.confidence as "header" });
  // Ambiguous columns all show the target they compete for: the clerk chooses, the import does not.
  const a = placement.ambiguous;
  const first = a ? to.get(placement.placed.get(a.key)?.col ?? 0) : undefined;
  if (a && first) for (const col of a.cols) to.set(col, first);
  return {
    sheet: ws.name,
    ledger: LEDGER_LABEL[ledger],
    headerRow: layout.row,
    headerRows: layout.rows,
    columns: [...layout.columns]
      .sort((x, y) => x[0] - y[0])
      .map(([col, h]) => {
        const t = to.get(col);
        return {
          column: columnLetter(col),
          header: h.shown,
          to: t?.to ?? null,
          ...(t ? { confidence: t.confidence } : {}),
        };
      }),
  };
}

/** The layout with the most headers among the first rows (the earliest of equals): where a table's headers are. */
const widest = (ws: SheetSource): HeaderLayout | undefined =>
  candidateLayouts(ws)
    .filter((l) => l.rows === 1)
    .reduce<HeaderLayout | undefined>((best, l) => (!best || l.columns.size > best.columns.size ? l : best), undefined);

/** A clerk's workbook (.xlsx bytes) → the choices of its import, or why it cannot be read. */
export function importChoices(
  bytes: Uint8Array,
  zip: Omit<XlsxReadOptions, "sheets"> = {},
): Result<ImportChoices, ImportError> {
  const loaded = loadWorkbookSource(bytes, { ...zip, sheets: () => true });
  if (!loaded.ok) return err({ code: "input", input: loaded.error });
  const wb = loaded.value;
  const data = wb.sheetNames.flatMap((n) => {
    const ws = NOT_DATA.has(n) ? undefined : wb.sheet(n);
    return ws ? [ws] : [];
  });
  const roster = rosterOf(data);
  const sheets: SheetChoice[] = [];
  const draft: MapSheet[] = [];
  for (const ws of data) {
    const top = candidatesOf(ws, roster)[0];
    const fallback = top?.layout ?? widest(ws);
    if (!fallback) continue; // an empty sheet: nothing to import
    const as = Object.fromEntries(LEDGER_IDS.map((l) => [LEDGER_LABEL[l], asLedger(ws, l, roster, fallback)]));
    sheets.push({ sheet: ws.name, as });
    const proposed = top ? as[LEDGER_LABEL[top.ledger]] : undefined;
    if (proposed) draft.push(proposed);
  }
  return ok({
    ledgers: LEDGER_IDS.map((id) => ({
      id,
      label: LEDGER_LABEL[id],
      targets: SPEC_OF[id].columns.filter((c) => c.kind !== "formula").map((c) => c.header),
    })),
    sheets,
    draft: { format: IMPORT_MAP_FORMAT, version: 1, sheets: draft },
  });
}

import type { ImportChoices, ImportMap } from "union-ledger";

type MapSheet = ImportMap["sheets"][number];

/** The Select's value for "this sheet is not imported" / "this column goes nowhere (kept on the right)". */
export const NONE = "";

/** The workbook's sheets in its own order, each with the map's entry for it (undefined: not imported). */
export function sheetRows(
  choices: ImportChoices,
  map: ImportMap,
): { readonly sheet: string; readonly entry: MapSheet | undefined }[] {
  return choices.sheets.map((c) => ({ sheet: c.sheet, entry: map.sheets.find((s) => s.sheet === c.sheet) }));
}

/**
 * The map with `sheet` imported as the ledger `label` (MAP.json's label), read as the core reads it as that ledger
 * (its header rows and columns, choices.ts), or left out for NONE. The other sheets keep the clerk's choices.
 */
export function withSheetLedger(choices: ImportChoices, map: ImportMap, sheet: string, label: string): ImportMap {
  const entry = label === NONE ? undefined : choices.sheets.find((c) => c.sheet === sheet)?.as[label];
  const order = choices.sheets.map((c) => c.sheet);
  const others = map.sheets.filter((s) => s.sheet !== sheet);
  const sheets = (entry ? [...others, entry] : others).sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
  return { ...map, sheets };
}

/** The map with one column of `sheet` sent to `to` (a template header) or kept on the right (NONE): "chosen". */
export function withColumnTarget(map: ImportMap, sheet: string, column: string, to: string): ImportMap {
  return {
    ...map,
    sheets: map.sheets.map((s) =>
      s.sheet !== sheet
        ? s
        : {
            ...s,
            columns: s.columns.map((c) =>
              c.column !== column
                ? c
                : to === NONE
                  ? { column: c.column, header: c.header, to: null }
                  : { column: c.column, header: c.header, to, confidence: "map" as const },
            ),
          },
    ),
  };
}

/** The map without its year and union: the fields of the panel say them (as the import's options). */
export function withoutTitle(map: ImportMap): ImportMap {
  return { format: map.format, version: map.version, sheets: map.sheets };
}

/** "活动记录.xlsx" → "活动记录": the base of the standard workbook's and the map file's names. */
export const baseName = (fileName: string): string => fileName.replace(/\.xlsx$/iu, "");

/** The map file's text, as the CLI writes it (import.ts: two-space JSON and a newline). */
export const mapText = (map: ImportMap): string => `${JSON.stringify(map, null, 2)}\n`;

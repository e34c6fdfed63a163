import { parseArea, type Area } from "./excel-address.js";
import type { ChangeHandler } from "./excel-events.js";

/**
 * The fake workbook's state: what the tests look at. Cells are sparse (row → column → cell, 0-based);
 * a cell's fill is the clerk's own formatting, which the add-in's highlights must never change.
 */
export type CellValue = string | number | boolean;

export interface FakeCell {
  value: CellValue;
  numberFormat: string;
  formula?: string;
  fill?: string;
  bold?: boolean;
}

export interface FakeConditionalFormat {
  readonly id: number;
  readonly type: string;
  areas: Area[];
  formula: string | undefined;
  fill: string | undefined;
  fontColor: string | undefined;
}

export interface FakeSheet {
  /** `Worksheet.id`: what change events name a sheet by. */
  readonly id: string;
  name: string;
  readonly cells: Map<number, Map<number, FakeCell>>;
  readonly merges: Area[];
  conditionalFormats: FakeConditionalFormat[];
  frozenRows: number;
  autofitCalls: number;
}

/** Every write the adapter made, so tests can count them (one 2-D write, never cell by cell). */
export interface WriteCounters {
  values: number;
  numberFormat: number;
  cells: number;
  formats: number;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  active: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  readonly writes: WriteCounters;
  /** Workbooks opened with Excel.createWorkbook (base64). */
  readonly created: string[];
  nextId: number;
  /** `worksheets.onChanged` handlers registered by a sync, and change events not yet delivered (excel-events.ts). */
  readonly changeHandlers: Set<ChangeHandler>;
  readonly deliveries: Set<Promise<void>>;
}

/** The seed format (also the browser stub's): rows and columns 1-based, as Excel shows them. */
export type GridCell = readonly [
  row: number,
  column: number,
  value: CellValue,
  numberFormat?: string,
  extra?: { readonly formula?: string; readonly fill?: string },
];

export interface GridConditionalFormat {
  readonly address: string;
  readonly type?: string;
  readonly formula?: string;
  readonly fill?: string;
}

export interface GridSheetJson {
  readonly name: string;
  readonly cells: readonly GridCell[];
  /** Merged areas as A1 ranges ("A1:M1"). */
  readonly merges?: readonly string[];
  /** The clerk's own conditional formats. */
  readonly conditionalFormats?: readonly GridConditionalFormat[];
}

export interface WorkbookGrid {
  readonly sheets: readonly GridSheetJson[];
  readonly active?: string;
}

export const GENERAL = "General";

/** A new sheet; its id is unique in the workbook, like Excel's "{GUID}" ids. */
export function emptySheet(book: FakeWorkbookState, name: string): FakeSheet {
  const id = `{00000000-0000-0000-0000-${String(book.nextId++).padStart(12, "0")}}`;
  return { id, name, cells: new Map(), merges: [], conditionalFormats: [], frozenRows: 0, autofitCalls: 0 };
}

export function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells.get(row)?.get(column);
}

/** The cell at (row, column), created blank when absent. */
export function cellFor(sheet: FakeSheet, row: number, column: number): FakeCell {
  let r = sheet.cells.get(row);
  if (!r) sheet.cells.set(row, (r = new Map()));
  let c = r.get(column);
  if (!c) r.set(column, (c = { value: "", numberFormat: GENERAL }));
  return c;
}

export function workbookFromGrid(grid: WorkbookGrid): FakeWorkbookState {
  const state: FakeWorkbookState = {
    sheets: [],
    active: undefined,
    selection: undefined,
    writes: { values: 0, numberFormat: 0, cells: 0, formats: 0 },
    created: [],
    nextId: 1,
    changeHandlers: new Set(),
    deliveries: new Set(),
  };
  for (const g of grid.sheets) {
    const sheet = emptySheet(state, g.name);
    for (const [row, column, value, numberFormat, extra] of g.cells) {
      const c = cellFor(sheet, row - 1, column - 1);
      c.value = value;
      c.numberFormat = numberFormat ?? GENERAL;
      if (extra?.formula !== undefined) c.formula = extra.formula;
      if (extra?.fill !== undefined) c.fill = extra.fill;
    }
    sheet.merges.push(...(g.merges ?? []).map(parseArea));
    for (const cf of g.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({
        id: state.nextId++,
        type: cf.type ?? "Custom",
        areas: cf.address.split(",").map(parseArea),
        formula: cf.formula,
        fill: cf.fill,
        fontColor: undefined,
      });
    }
    state.sheets.push(sheet);
  }
  state.active = grid.active ?? grid.sheets[0]?.name;
  return state;
}

export const findSheet = (state: FakeWorkbookState, name: string): FakeSheet | undefined =>
  state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

const hasValue = (c: FakeCell): boolean => c.value !== "" || c.formula !== undefined;
const hasAnything = (c: FakeCell): boolean =>
  hasValue(c) || c.numberFormat !== GENERAL || c.fill !== undefined || c.bold === true;

/** The used area (valuesOnly: cells with a value or formula); undefined for a blank sheet. */
export function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | undefined {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (const [row, cells] of sheet.cells) {
    for (const [column, c] of cells) {
      if (!(valuesOnly ? hasValue(c) : hasAnything(c))) continue;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
  }
  return bottom < 0 ? undefined : { top, left, bottom, right };
}

import { toBase64 } from "../../browser/base64.js";
import type { CellRef, WorkbookHost } from "../host.js";
import {
  addMark,
  addressChunks,
  areaSize,
  bySheet,
  deleteMarks,
  loadMarks,
  MAX_AREAS_WITHOUT_RANGE_AREAS,
} from "./highlight.js";
import { readWorkbook } from "./read-workbook.js";

/** `Excel.run`, injected so tests pass a fake of the object model. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  readonly run: ExcelRun;
  /** `Office.context.requirements.isSetSupported`, injected for the same reason. */
  readonly isSetSupported: (set: string, version: string) => boolean;
  /** `Excel.createWorkbook` (ExcelApi 1.8), when the host has it. */
  readonly createWorkbook?: (base64: string) => Promise<void>;
}

/** The Excel adapter: each method is one `Excel.run` with the syncs its comment in host.ts names. */
export function excelHost(o: ExcelHostOptions): WorkbookHost {
  // RangeAreas (ExcelApi 1.9; not in Office 2019, which has 1.8): one request for many areas.
  const areas = (): boolean => o.isSetSupported("ExcelApi", "1.9");
  const host: WorkbookHost = {
    readWorkbook: (sheets) => o.run((context) => readWorkbook(context, sheets, o.isSetSupported("ExcelApi", "1.13"))),

    selectCell: (ref: CellRef) =>
      o.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(ref.sheet);
        ws.activate();
        ws.getRange(ref.cell).select();
        await context.sync();
      }),

    highlight: (refs) =>
      o.run(async (context) => {
        const grouped = bySheet(refs);
        const loaded = loadMarks(context, [...grouped.keys()]);
        await context.sync();
        deleteMarks(loaded);
        // RangeAreas (ExcelApi 1.9) takes a list of areas in one format. Without it each area is a
        // format of its own: bounded, so Excel 2019 never gets thousands of formats (addin.md: never
        // format cell by cell). The pane says how many cells it marked.
        const withAreas = areas();
        let budget = withAreas ? Number.POSITIVE_INFINITY : MAX_AREAS_WITHOUT_RANGE_AREAS;
        let marked = 0;
        for (const [sheet, cells] of grouped) {
          const ws = context.workbook.worksheets.getItem(sheet);
          for (const chunk of addressChunks(cells)) {
            const list = chunk.split(",");
            if (withAreas) addMark(ws.getRanges(chunk).conditionalFormats);
            for (const a of withAreas ? list : list.slice(0, Math.max(0, budget))) {
              if (!withAreas) addMark(ws.getRange(a).conditionalFormats);
              marked += areaSize(a);
            }
            budget -= list.length;
          }
        }
        await context.sync();
        return marked;
      }),

    clearHighlights: (sheets) =>
      o.run(async (context) => {
        const loaded = loadMarks(context, sheets);
        await context.sync();
        const n = deleteMarks(loaded);
        await context.sync();
        return n;
      }),

    writeFindingsSheet: (name, table) =>
      o.run(async (context) => {
        const existing = context.workbook.worksheets.getItemOrNullObject(name).load("isNullObject");
        await context.sync();
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
      }),
  };
  const create = o.createWorkbook;
  return create ? { ...host, createWorkbook: (xlsx) => create(toBase64(xlsx)) } : host;
}

import { toBase64 } from "../../browser/base64.js";
import type { CellRef, WorkbookHost } from "../host.js";
import { editWatch } from "./edit-watch.js";
import type { ExcelRun, ExcelRunOn } from "./excel-run.js";
import { writeFindingsSheet } from "./findings-sheet.js";
import {
  addMark,
  addressChunks,
  areaSize,
  bySheet,
  cellsIn,
  deleteMarks,
  deleteMeasuredMarks,
  loadMarks,
  MAX_AREAS_WITHOUT_RANGE_AREAS,
} from "./highlight.js";
import { readWorkbook } from "./read-workbook.js";

export type { ExcelRun, ExcelRunOn } from "./excel-run.js";

/** Office, injected so tests pass a fake of the object model and choose the Excel version. */
export interface ExcelHostOptions {
  readonly run: ExcelRun;
  /** `Excel.run(context, batch)`: removing an event handler needs the context that added it. */
  readonly runOn: ExcelRunOn;
  /** `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported: (set: string, version: string) => boolean;
  /** `Excel.createWorkbook` (ExcelApi 1.8), when the host has it. */
  readonly createWorkbook?: (base64: string) => Promise<void>;
}

/** The Excel adapter: each method is one `Excel.run` with the syncs its comment in host.ts names. */
export function excelHost(o: ExcelHostOptions): WorkbookHost {
  // RangeAreas (ExcelApi 1.9; not in Office 2019, which has 1.8): one request for many areas.
  const areas = (): boolean => o.isSetSupported("ExcelApi", "1.9");
  const watch = editWatch(o.run, o.runOn, o.isSetSupported);
  const host: WorkbookHost = {
    readWorkbook: (sheets) => o.run((context) => readWorkbook(context, sheets, o.isSetSupported("ExcelApi", "1.13"))),

    selectCell: (ref: CellRef) =>
      o.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(ref.sheet);
        ws.activate();
        ws.getRange(ref.cell).select();
        await context.sync();
      }),

    highlight: (refs, sheets) =>
      o.run(async (context) => {
        const grouped = bySheet(refs);
        const loaded = loadMarks(context, [...new Set([...grouped.keys(), ...sheets])]);
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
        const removed = deleteMeasuredMarks(loaded, areas());
        await context.sync();
        const known = removed.flatMap((area) => area() ?? []);
        return { cells: known.reduce((n, a) => n + cellsIn(a), 0), uncounted: removed.length - known.length };
      }),

    writeFindingsSheet: (name, table, replace) => o.run((context) => writeFindingsSheet(context, name, table, replace)),

    watchEdits: watch.watch,
    stopWatching: watch.stop,
  };
  const create = o.createWorkbook;
  return create ? { ...host, createWorkbook: (xlsx) => create(toBase64(xlsx)) } : host;
}

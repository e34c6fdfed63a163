import { a1 } from "./excel-address.js";
import { findSheet, usedArea, type WorkbookGrid } from "./excel-state.js";
import { EXCEL_365, FakeExcel, WEB_PAYLOAD_LIMIT, type ExcelContext } from "./fake-excel.js";
import { FakeWord, WORD_365, type WordContext } from "./fake-word.js";
import type { RequirementSets, SyncRecord } from "./office-runtime.js";
import { controls, controlText, para, toText, wordDocument, type BodyNode } from "./word-state.js";

/** What a browser test seeds before the page loads (`window.__officeSeed`). */
export interface StubSeed {
  readonly excel?: WorkbookGrid;
  readonly word?: { readonly paragraphs: readonly string[]; readonly cursorAt?: number };
  /** Both hosts' sets in one, e.g. `{ ExcelApi: "1.8" }` for Office 2019; default Microsoft 365. */
  readonly requirements?: RequirementSets;
  readonly payloadLimit?: number;
}

const BLANK: WorkbookGrid = { sheets: [{ name: "Sheet1", cells: [] }] };

/**
 * `window.__fake`: the fakes behind the stub globals, and plain-JSON views of their state for
 * `page.evaluate` (no proxies or Maps cross to the test).
 */
export function fakeControl(seed: StubSeed) {
  let requirements: RequirementSets = seed.requirements ?? { ...EXCEL_365, ...WORD_365 };
  let payloadLimit = seed.payloadLimit ?? WEB_PAYLOAD_LIMIT;
  let excel = FakeExcel.fromGrid(seed.excel ?? BLANK, { requirements, payloadLimit });
  let word = new FakeWord(wordDocument(seed.word?.paragraphs ?? [""], seed.word?.cursorAt), { requirements });
  const sheetOf = (name: string) => {
    const s = findSheet(excel.state, name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };

  return {
    /** Replaces the workbook (sync counts start again). */
    seedExcel(grid: WorkbookGrid): void {
      excel = FakeExcel.fromGrid(grid, { requirements, payloadLimit });
    },
    /** Replaces the document: the clerk's paragraphs, cursor in `cursorAt` (default the last). */
    seedWord(paragraphs: readonly string[], cursorAt?: number): void {
      word = new FakeWord(wordDocument(paragraphs, cursorAt), { requirements });
    },
    setRequirements(sets: RequirementSets): void {
      requirements = sets;
      excel.runtime.requirements = sets;
      word.runtime.requirements = sets;
    },
    setPayloadLimit(bytes: number): void {
      payloadLimit = bytes;
      excel.runtime.payloadLimit = bytes;
    },

    // What the stub globals call.
    excelRun: <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => excel.run(batch),
    excelRunOn: <T>(context: ExcelContext, batch: (context: ExcelContext) => Promise<T>): Promise<T> =>
      excel.runOn(context, batch),
    wordRun: <T>(batch: (context: WordContext) => Promise<T>): Promise<T> => word.run(batch),
    createWorkbook: (base64: string): Promise<void> => excel.createWorkbook(base64),
    isSetSupported: (name: string, version: string): boolean => excel.runtime.isSetSupported(name, version),
    /** Office.context.document.settings of the current document. */
    settings: {
      get: (name: string): unknown => word.settings.get(name),
      set: (name: string, value: unknown): void => word.settings.set(name, value),
      saveAsync: (callback?: Parameters<FakeWord["settings"]["saveAsync"]>[0]): void =>
        word.settings.saveAsync(callback),
    },

    /** Syncs so far, both hosts. */
    syncCount: (): number => excel.syncCount + word.syncCount,
    syncs: (): { excel: SyncRecord[]; word: SyncRecord[] } => ({
      excel: [...excel.runtime.syncs],
      word: [...word.runtime.syncs],
    }),

    excel: {
      syncCount: (): number => excel.syncCount,
      sheetNames: (): string[] => excel.state.sheets.map((s) => s.name),
      activeSheet: (): string | undefined => excel.state.active,
      selection: (): { sheet: string; address: string } | undefined => excel.state.selection,
      /** Conditional formats with their addresses; `ours` marks the add-in's (by rule formula). */
      conditionalFormats: (sheet: string) =>
        sheetOf(sheet).conditionalFormats.map((cf) => ({
          id: cf.id,
          type: cf.type,
          address: cf.areas.map(a1).join(","),
          formula: cf.formula ?? null,
          fill: cf.fill ?? null,
          fontColor: cf.fontColor ?? null,
        })),
      /** The clerk's own fills: [address, colour] for every filled cell. */
      cellFills: (sheet: string): [string, string][] =>
        [...sheetOf(sheet).cells].flatMap(([r, row]) =>
          [...row].flatMap(([c, cell]): [string, string][] =>
            cell.fill ? [[a1({ top: r, left: c, bottom: r, right: c }), cell.fill]] : [],
          ),
        ),
      cell: (sheet: string, address: string) => excel.cell(sheet, address) ?? null,
      /** The used range's values, from A1 (blank cells ""). */
      values: (sheet: string): (string | number | boolean)[][] => {
        const s = sheetOf(sheet);
        const area = usedArea(s, true);
        if (!area) return [];
        return Array.from({ length: area.bottom + 1 }, (_, r) =>
          Array.from({ length: area.right + 1 }, (_, c) => s.cells.get(r)?.get(c)?.value ?? ""),
        );
      },
      frozenRows: (sheet: string): number => sheetOf(sheet).frozenRows,
      writes: () => ({ ...excel.state.writes }),
      /** The clerk types into a cell; resolves once the change handlers have been told. */
      edit: (sheet: string, address: string, value: string | number | boolean): Promise<void> =>
        excel.edit(sheet, address, value),
      /** Change handlers registered now (worksheets.onChanged). */
      watchers: (): number => excel.watchers,
      createdWorkbooks: (): string[] => [...excel.state.created],
    },

    word: {
      syncCount: (): number => word.syncCount,
      nodes: (): BodyNode[] => JSON.parse(JSON.stringify(word.doc.body)) as BodyNode[],
      controls: () => controls(word.doc).map((c) => ({ id: c.id, tag: c.tag, title: c.title, text: controlText(c) })),
      text: (): string => toText(word.doc),
      properties: (): Record<string, string | number | boolean> => Object.fromEntries(word.doc.properties),
      /** The clerk types into one of our controls: its content becomes one paragraph of `text`. */
      editControl: (tag: string, text: string): void => {
        const c = controls(word.doc).find((x) => x.tag === tag);
        if (!c) throw new Error(`no control ${tag}`);
        c.content = [para(text)];
      },
      /** Settings as saved with saveAsync. */
      savedSettings: (): Record<string, unknown> => Object.fromEntries(word.doc.savedSettings),
    },
  };
}

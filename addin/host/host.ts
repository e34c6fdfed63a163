import type { LinkRecord } from "union-ledger";
import type { WorkbookCells } from "../browser/workbook-cells.js";

/** A cell the pane points at: sheet name and A1 address. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** One row of the findings sheet the pane writes (already in the clerk's language). */
export type FindingsTable = readonly (readonly string[])[];

/** What clearing the marks removed, in cells, as highlighting counts them. */
export interface Cleared {
  readonly cells: number;
  /**
   * Marks over several areas that this Excel cannot measure (before ExcelApi 1.9 a conditional format
   * gives its range only when it has one area): removed, but not in `cells`.
   */
  readonly uncounted: number;
}

/**
 * Whether a sheet of the findings sheet's name may be replaced: only the add-in's own (its first row is the
 * table's header), or any (the clerk said 替换).
 */
export type ReplaceSheet = "ours" | "any";

/** The outcome of writing the findings sheet: written, or not because a sheet of the clerk's has the name. */
export type SheetWrite =
  | { readonly written: true; readonly name: string }
  | { readonly written: false; readonly name: string; readonly free: string };

/**
 * The open workbook, as the Excel pane uses it. Every method is one batch: implementations queue
 * all their commands and call `context.sync()` as few times as the Office facts allow
 * (`../shared/spec/addin.md`); the counts are in each method's comment and tested on a fake.
 */
export interface WorkbookHost {
  /**
   * The ledger sheets' used ranges as plain cells, for the pane's worker to check (workbook-cells.ts). 3 syncs
   * (+1 per CELLS_PER_SYNC cells).
   */
  readWorkbook(sheets: readonly string[]): Promise<WorkbookCells>;
  /** Activates the sheet and selects the cell. 1 sync. */
  selectCell(ref: CellRef): Promise<void>;
  /**
   * Marks the cells with the add-in's own conditional format, replacing earlier marks on their sheets and
   * on `sheets`; returns how many cells it marked. 2 syncs.
   */
  highlight(refs: readonly CellRef[], sheets: readonly string[]): Promise<number>;
  /** Removes the add-in's marks only; the clerk's values and formats are not touched. 2 syncs. */
  clearHighlights(sheets: readonly string[]): Promise<Cleared>;
  /**
   * Writes the add-in's findings sheet in one 2-D write. A sheet of that name is replaced when `replace`
   * allows; a clerk's sheet is never deleted otherwise (nothing is written, and a free name is offered).
   * 2 syncs; 3 when a sheet of that name exists and must be looked at.
   */
  writeFindingsSheet(name: string, table: FindingsTable, replace: ReplaceSheet): Promise<SheetWrite>;
  /**
   * Calls `onEdit` when cells of the named sheets change (WorksheetCollection.onChanged, ExcelApi 1.7), by the
   * clerk or a co-author, not by the add-in's own writes; replaces an earlier watch. False where Excel cannot
   * tell (the pane then says results may be out of date after edits). 1 sync.
   */
  watchEdits(sheets: readonly string[], onEdit: () => void): Promise<boolean>;
  /** Removes the watch's handler, on the context that added it. 1 sync; none when not watching. */
  stopWatching(): Promise<void>;
  /** Opens a new workbook from an .xlsx (the standard template). */
  createWorkbook?(xlsx: Uint8Array): Promise<void>;
}

/** A tagged content control as the document holds it now. */
export interface PlacedControl {
  readonly tag: string;
  /** The control's title ("二、活动开展"): how the pane names it to the clerk. */
  readonly title: string;
  readonly text: string;
}

export type { LinkRecord };

/** A control's new content: a .docx whose body is exactly that content (writeReportFragments). */
export interface Replacement {
  readonly tag: string;
  readonly title: string;
  readonly docx: Uint8Array;
}

/** New controls placed next to an existing one: in order, right after it (or before it, at the top). */
export interface Insertion {
  readonly anchor: string;
  readonly where: "After" | "Before";
  readonly items: readonly Replacement[];
}

/** What a refresh does, decided by the pane from `readBlocks` (so the adapter needs no extra sync). */
export interface RefreshPlan {
  /** Existing controls whose content is replaced. */
  readonly replace: readonly Replacement[];
  /** New controls (a section that now has data), each run next to the control it follows in the report. */
  readonly insert: readonly Insertion[];
  /** Existing controls removed with their content (a section that no longer applies). */
  readonly remove: readonly string[];
}

/**
 * The open document, as the Word pane uses it. Text outside the add-in's tagged controls is never
 * touched: a report goes in after the cursor, a refresh replaces controls by tag.
 */
export interface DocumentHost {
  /** The add-in's controls (tag prefix `union-ledger:`) with their text, and the link. 1 sync. */
  readBlocks(): Promise<{ readonly blocks: readonly PlacedControl[]; readonly link: LinkRecord | undefined }>;
  /** Inserts a whole report .docx after the cursor and writes its link. 1 sync. */
  insertAtCursor(docx: Uint8Array, link: LinkRecord): Promise<void>;
  /** Carries out a refresh and writes the new link. 1 sync (2 before WordApi 1.3, which has no getFirst). */
  refresh(plan: RefreshPlan, link: LinkRecord): Promise<void>;
}

/** What the pane runs in: Excel, Word, or no Office at all (standalone page, tests). */
export type Host =
  | { readonly kind: "excel"; readonly workbook: WorkbookHost }
  | { readonly kind: "word"; readonly document: DocumentHost }
  | { readonly kind: "none" };

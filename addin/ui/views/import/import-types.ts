import type { ImportChoices, ImportMap, ImportOutcome } from "union-ledger";
import type { NoticeState } from "../../components/Notice.js";
import type { ImportProblem } from "./import-problem.js";

/** Where the panel is: the standalone page checks the standard workbook itself, Excel opens it as a new workbook. */
export interface ImportPanelProps {
  /** Standalone: the view's open path, fed the standard workbook (立即校验). */
  readonly onCheck?: ((f: File) => void) | undefined;
  /** Excel: `Excel.createWorkbook` through the host adapter (ExcelApi 1.8); undefined where Excel has none. */
  readonly createWorkbook?: ((xlsx: Uint8Array) => Promise<void>) | undefined;
  /** Excel: say that a new workbook cannot be opened here, and offer the download. */
  readonly inExcel?: boolean;
}

export interface ImportState {
  readonly busy: string | undefined;
  readonly notice: NoticeState | undefined;
  readonly fileName: string | undefined;
  readonly choices: ImportChoices | undefined;
  /** The map the table shows: detection's, the draft with its ambiguities, or the clerk's edits. */
  readonly map: ImportMap | undefined;
  /** The last import that succeeded with the map shown; undefined while a problem stands. */
  readonly outcome: ImportOutcome | undefined;
  readonly problem: ImportProblem | undefined;
  readonly year: string;
  readonly union: string;
  readonly yearBad: boolean;
  readonly setYear: (v: string) => void;
  readonly setUnion: (v: string) => void;
  /** Runs the import again with the year and union typed. */
  readonly applyTitle: () => void;
  readonly open: (f: File) => void;
  /** A sheet to a ledger by MAP.json's label, or NONE (not imported); the import runs again. */
  readonly setSheetLedger: (sheet: string, label: string) => void;
  /** A column to a template header, or NONE (kept on the right); the import runs again. */
  readonly setColumnTarget: (sheet: string, column: string, to: string) => void;
  readonly chooseMapFile: (f: File) => void;
  readonly downloadWorkbook: () => void;
  readonly downloadMap: () => void;
  readonly checkNow: (() => void) | undefined;
  readonly openNew: (() => void) | undefined;
}

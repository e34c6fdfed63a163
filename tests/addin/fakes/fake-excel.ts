import type { ExcelRun } from "../../../addin/host/excel/excel-host.js";
import { parseArea } from "./excel-address.js";
import {
  cellAt,
  findSheet,
  workbookFromGrid,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeWorkbookState,
  type WorkbookGrid,
} from "./excel-state.js";
import { Workbook } from "./excel-worksheets.js";
import { RequestContext, runBatch, Runtime, type RequirementSets } from "./office-runtime.js";

/** Office 2019 (perpetual): ExcelApi 1.8, no RangeAreas, no merged-area reads. */
export const EXCEL_2019: RequirementSets = { ExcelApi: "1.8" };
/** Microsoft 365 / Excel on the web. */
export const EXCEL_365: RequirementSets = { ExcelApi: "1.17" };
/** Excel on the web's request/response cap. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  readonly requirements?: RequirementSets;
  /** Bytes per request and per response; default 5 MB (Excel on the web). */
  readonly payloadLimit?: number;
}

export class ExcelContext extends RequestContext {
  readonly workbook: Workbook;

  constructor(runtime: Runtime, state: FakeWorkbookState) {
    super(runtime);
    this.workbook = new Workbook(this, () => state);
  }
}

/**
 * The part of Excel the adapter uses, over a FakeWorkbookState. `run` is `Excel.run`; `runtime`
 * counts syncs and payloads; the state is plain data for assertions.
 */
export class FakeExcel {
  readonly runtime: Runtime;

  constructor(
    readonly state: FakeWorkbookState,
    options: FakeExcelOptions = {},
  ) {
    this.runtime = new Runtime({
      requirements: options.requirements ?? EXCEL_365,
      payloadLimit: options.payloadLimit ?? WEB_PAYLOAD_LIMIT,
    });
  }

  static fromGrid(grid: WorkbookGrid, options?: FakeExcelOptions): FakeExcel {
    return new FakeExcel(workbookFromGrid(grid), options);
  }

  run = <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> =>
    runBatch(new ExcelContext(this.runtime, this.state), batch);

  /** `run` typed as the adapter's `Excel.run`: the fake implements the part of Excel.RequestContext it uses. */
  get officeRun(): ExcelRun {
    return this.run as unknown as ExcelRun;
  }

  isSetSupported = (name: string, version: string): boolean => this.runtime.isSetSupported(name, version);

  /** `Excel.createWorkbook` (ExcelApi 1.8): recorded. */
  createWorkbook = async (base64: string): Promise<void> => {
    this.state.created.push(base64);
  };

  get syncCount(): number {
    return this.runtime.syncCount;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const s = findSheet(this.state, sheet);
    const a = parseArea(address);
    return s && cellAt(s, a.top, a.left);
  }

  conditionalFormats(sheet: string): readonly FakeConditionalFormat[] {
    return findSheet(this.state, sheet)?.conditionalFormats ?? [];
  }

  /** Every cell's value, formula, number format, fill and bold, for before/after comparisons. */
  cellsSnapshot(): string {
    const out: string[] = [];
    for (const s of this.state.sheets)
      for (const [r, row] of s.cells)
        for (const [c, cell] of row) out.push(`${s.name}!${r},${c}=${JSON.stringify(cell)}`);
    return out.sort().join("\n");
  }
}

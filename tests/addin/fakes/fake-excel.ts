import type { ExcelRun, ExcelRunOn } from "../../../addin/host/excel/excel-host.js";
import { parseArea } from "./excel-address.js";
import { fireChanged } from "./excel-events.js";
import {
  cellAt,
  cellFor,
  type CellValue,
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

  /** `Excel.run(context, batch)`: a batch on an earlier batch's context. */
  runOn = <T>(context: ExcelContext, batch: (context: ExcelContext) => Promise<T>): Promise<T> =>
    runBatch(context, batch);

  /** `run` typed as the adapter's `Excel.run`: the fake implements the part of Excel.RequestContext it uses. */
  get officeRun(): ExcelRun {
    return this.run as unknown as ExcelRun;
  }

  /** `runOn` typed as the adapter's `Excel.run(context, batch)`, for the same reason. */
  get officeRunOn(): ExcelRunOn {
    return this.runOn as unknown as ExcelRunOn;
  }

  /** The clerk types `value` into one cell: the cell changes and the change handlers are told (as Office does). */
  async edit(sheet: string, address: string, value: CellValue): Promise<void> {
    const s = findSheet(this.state, sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const a = parseArea(address);
    cellFor(s, a.top, a.left).value = value;
    await fireChanged(this.state, s, address, this.isSetSupported("ExcelApi", "1.14") ? "Unknown" : undefined);
  }

  /** Waits until every change event sent so far has reached its handlers. */
  async settled(): Promise<void> {
    while (this.state.deliveries.size > 0) await Promise.all(this.state.deliveries);
  }

  /** Change handlers registered now. */
  get watchers(): number {
    return this.state.changeHandlers.size;
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

import { ClientObject, type Navigable } from "./client-object.js";
import { ConditionalFormats, type CfTarget } from "./excel-conditional-formats.js";
import { fireChanged } from "./excel-events.js";
import { RangeFormat } from "./excel-range-format.js";
import { a1, intersects, qualified, type Area } from "./excel-address.js";
import { cellAt, cellFor, GENERAL, type CellValue, type FakeSheet, type FakeWorkbookState } from "./excel-state.js";
import { invalidArgument, OfficeError, type RequestContext } from "./office-runtime.js";

export interface RangeState {
  readonly sheet: FakeSheet;
  readonly area: Area;
}

/** Beyond this many cells a load is refused (the whole-sheet range is for conditional formats only). */
const LOADABLE_CELLS = 5_000_000;

function grid<T>(r: RangeState, f: (row: number, column: number) => T): T[][] {
  const { top, left, bottom, right } = r.area;
  if ((bottom - top + 1) * (right - left + 1) > LOADABLE_CELLS)
    throw new OfficeError("GeneralException", "range too large to load");
  return Array.from({ length: bottom - top + 1 }, (_, i) =>
    Array.from({ length: right - left + 1 }, (_, j) => f(top + i, left + j)),
  );
}

const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?\s*$/iu;

/** What Excel stores for a typed value: "=…" is a formula and "0012" the number 12, unless the cell is Text ("@"). */
function store(value: CellValue, format: string): { value: CellValue; formula?: string } {
  if (typeof value !== "string" || format === "@") return { value };
  if (value.startsWith("=")) return { value: "", formula: value.slice(1) };
  return NUMBER.test(value) ? { value: Number(value) } : { value };
}

/** Each cell of a 2-D assignment; the shape must match the range (InvalidArgument otherwise). */
function assign<T>(
  r: RangeState,
  rows: readonly (readonly T[])[],
  set: (row: number, column: number, v: T) => void,
): number {
  const { top, left, bottom, right } = r.area;
  if (rows.length !== bottom - top + 1 || rows.some((x) => x.length !== right - left + 1))
    throw invalidArgument(`${rows.length}-row array for ${a1(r.area)}`);
  rows.forEach((x, i) => x.forEach((v, j) => set(top + i, left + j, v)));
  return rows.length * (right - left + 1);
}

export class Range extends ClientObject<RangeState> {
  constructor(
    context: RequestContext,
    resolve: () => RangeState | null,
    private readonly book: FakeWorkbookState,
    nullable = false,
  ) {
    super(context, resolve, nullable);
  }

  protected override scalars(): Record<string, (s: RangeState) => unknown> {
    return {
      address: (s) => qualified(s.sheet.name, [s.area]),
      rowIndex: (s) => s.area.top,
      columnIndex: (s) => s.area.left,
      rowCount: (s) => s.area.bottom - s.area.top + 1,
      columnCount: (s) => s.area.right - s.area.left + 1,
      values: (s) => grid(s, (r, c) => cellAt(s.sheet, r, c)?.value ?? ""),
      numberFormat: (s) => grid(s, (r, c) => cellAt(s.sheet, r, c)?.numberFormat ?? GENERAL),
      formulas: (s) =>
        grid(s, (r, c) => {
          const cell = cellAt(s.sheet, r, c);
          return cell?.formula !== undefined ? `=${cell.formula}` : (cell?.value ?? "");
        }),
    };
  }

  protected override navs(): Record<string, () => Navigable> {
    return { conditionalFormats: () => this.conditionalFormats, format: () => this.format };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): CellValue[][] {
    return this.read("values");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get formulas(): CellValue[][] {
    return this.read("formulas");
  }

  /** Office tells change handlers of the add-in's own writes too; "ThisLocalAddin" says whose (ExcelApi 1.14). */
  set values(rows: CellValue[][]) {
    this.queue((s) => {
      this.book.writes.values++;
      this.book.writes.cells += assign(s, rows, (r, c, v) =>
        Object.assign(cellFor(s.sheet, r, c), store(v, cellFor(s.sheet, r, c).numberFormat)),
      );
      const ours = this.context.runtime.isSetSupported("ExcelApi", "1.14") ? "ThisLocalAddin" : undefined;
      void fireChanged(this.book, s.sheet, a1(s.area), ours);
    }, rows);
  }

  set numberFormat(rows: string[][]) {
    this.queue((s) => {
      this.book.writes.numberFormat++;
      assign(s, rows, (r, c, f) => void (cellFor(s.sheet, r, c).numberFormat = f));
    }, rows);
  }

  select(): void {
    this.queue((s) => {
      this.book.active = s.sheet.name;
      this.book.selection = { sheet: s.sheet.name, address: a1(s.area) };
    });
  }

  getMergedAreasOrNullObject(): RangeAreas {
    this.context.enqueue(this.context.runtime.requires("ExcelApi", "1.13", "Range.getMergedAreasOrNullObject"));
    const merged = (): { sheet: FakeSheet; areas: Area[] } | null => {
      const s = this.state();
      const areas = s.sheet.merges.filter((m) => intersects(m, s.area));
      return areas.length > 0 ? { sheet: s.sheet, areas } : null;
    };
    return new RangeAreas(this.context, merged, this.book, true);
  }

  get conditionalFormats(): ConditionalFormats {
    return this.child(
      "conditionalFormats",
      () =>
        new ConditionalFormats(
          this.context,
          (): CfTarget => ({ sheet: this.state().sheet, areas: [this.state().area] }),
          this.book,
        ),
    );
  }

  get format(): RangeFormat {
    return this.child("format", () => new RangeFormat(this.context, () => this.resolve(), this.book));
  }
}

/** Several areas of one sheet (ExcelApi 1.9). */
export class RangeAreas extends ClientObject<CfTarget> {
  constructor(
    context: RequestContext,
    resolve: () => CfTarget | null,
    private readonly book: FakeWorkbookState,
    nullable = false,
  ) {
    super(context, resolve, nullable);
  }

  protected override scalars(): Record<string, (s: CfTarget) => unknown> {
    return { address: (s) => qualified(s.sheet.name, s.areas), areaCount: (s) => s.areas.length };
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }

  get conditionalFormats(): ConditionalFormats {
    return this.child("conditionalFormats", () => new ConditionalFormats(this.context, () => this.state(), this.book));
  }
}

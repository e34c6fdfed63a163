import { ClientCollection } from "./client-collection.js";
import { ClientObject, type Navigable } from "./client-object.js";
import { ChangedEvent } from "./excel-events.js";
import { parseArea, parseAreaList, WHOLE_SHEET, type Area } from "./excel-address.js";
import { Range, RangeAreas, type RangeState } from "./excel-range.js";
import { emptySheet, findSheet, usedArea, type FakeSheet, type FakeWorkbookState } from "./excel-state.js";
import { invalidArgument, itemNotFound, OfficeError, type RequestContext } from "./office-runtime.js";

abstract class BookObject<S> extends ClientObject<S> {
  constructor(
    context: RequestContext,
    resolve: () => S | null,
    protected readonly book: FakeWorkbookState,
    nullable = false,
  ) {
    super(context, resolve, nullable);
  }

  protected needs(version: string, api: string): void {
    this.context.enqueue(this.context.runtime.requires("ExcelApi", version, api));
  }
}

export class Worksheet extends BookObject<FakeSheet> {
  protected override scalars(): Record<string, (s: FakeSheet) => unknown> {
    return { name: (s) => s.name, id: (s) => s.id, position: (s) => this.book.sheets.indexOf(s) };
  }

  get name(): string {
    return this.read("name");
  }

  get id(): string {
    return this.read("id");
  }

  private range(area: (s: FakeSheet) => Area): Range {
    return new Range(
      this.context,
      (): RangeState => {
        const s = this.state();
        return { sheet: s, area: area(s) };
      },
      this.book,
    );
  }

  /** The whole sheet without an address. */
  getRange(address?: string): Range {
    // Arguments are checked by the host, so a bad address fails the batch at sync.
    return this.range(() => (address === undefined ? WHOLE_SHEET : parseArea(address)));
  }

  getRanges(address: string): RangeAreas {
    this.needs("1.9", "Worksheet.getRanges");
    return new RangeAreas(this.context, () => ({ sheet: this.state(), areas: parseAreaList(address) }), this.book);
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): Range {
    this.needs("1.7", "Worksheet.getRangeByIndexes");
    return this.range(() => {
      if (rowCount < 1 || columnCount < 1 || row < 0 || column < 0) throw invalidArgument("getRangeByIndexes");
      return { top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 };
    });
  }

  /** A blank sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): Range {
    return this.range((s) => usedArea(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  get freezePanes(): FreezePanes {
    return this.child("freezePanes", () => new FreezePanes(this.context, () => this.resolve(), this.book));
  }

  activate(): void {
    this.queue((s) => void (this.book.active = s.name));
  }

  delete(): void {
    this.queue((s) => {
      if (this.book.sheets.length === 1) throw new OfficeError("InvalidOperation", "a workbook must keep one sheet");
      this.book.sheets = this.book.sheets.filter((x) => x !== s);
      if (this.book.selection?.sheet === s.name) this.book.selection = undefined;
      if (this.book.active === s.name) this.book.active = this.book.sheets[0]?.name;
    });
  }
}

export class FreezePanes extends BookObject<FakeSheet> {
  freezeRows(count = 1): void {
    this.needs("1.7", "WorksheetFreezePanes.freezeRows");
    this.queue((s) => void (s.frozenRows = count), count);
  }
}

export class WorksheetCollection extends ClientCollection<FakeWorkbookState, FakeSheet, Worksheet> {
  protected itemStates(book: FakeWorkbookState): FakeSheet[] {
    return book.sheets;
  }

  protected item(sheet: FakeSheet): Worksheet {
    return new Worksheet(
      this.context,
      () => (this.state().sheets.includes(sheet) ? sheet : fail(sheet.name)),
      this.state(),
    );
  }

  /** ExcelApi 1.7: cell data changed on any sheet (excel-events.ts). */
  get onChanged(): ChangedEvent {
    return this.child("onChanged", () => new ChangedEvent(this.context, this.state()));
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => findSheet(this.state(), name) ?? fail(name), this.state());
  }

  getItemOrNullObject(name: string): Worksheet {
    this.context.enqueue(this.context.runtime.requires("ExcelApi", "1.4", "getItemOrNullObject"));
    return new Worksheet(this.context, () => findSheet(this.state(), name) ?? null, this.state(), true);
  }

  add(name: string): Worksheet {
    let made: FakeSheet | undefined;
    this.queue((book) => {
      if (findSheet(book, name)) throw new OfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
      book.sheets.push((made = emptySheet(book, name)));
    }, name);
    return new Worksheet(this.context, () => made ?? fail(name), this.state());
  }
}

const fail = (name: string): never => {
  throw itemNotFound(`worksheet ${name}`);
};

export class Workbook extends ClientObject<FakeWorkbookState> {
  get worksheets(): WorksheetCollection {
    return this.child("worksheets", () => new WorksheetCollection(this.context, () => this.resolve()));
  }

  protected override navs(): Record<string, () => Navigable> {
    return { worksheets: () => this.worksheets };
  }
}

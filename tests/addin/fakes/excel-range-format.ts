import { ClientObject, type Navigable } from "./client-object.js";
import { cellFor, type FakeCell, type FakeSheet, type FakeWorkbookState } from "./excel-state.js";
import type { Area } from "./excel-address.js";
import type { RequestContext } from "./office-runtime.js";

interface RangeState {
  readonly sheet: FakeSheet;
  readonly area: Area;
}

/** A part of range.format; every assignment is one command and counts as one format write. */
abstract class FormatPart extends ClientObject<RangeState> {
  constructor(
    context: RequestContext,
    resolve: () => RangeState | null,
    protected readonly book: FakeWorkbookState,
  ) {
    super(context, resolve);
  }

  protected eachCell(payload: unknown, f: (cell: FakeCell) => void): void {
    this.queue((s) => {
      this.book.writes.formats++;
      for (let r = s.area.top; r <= s.area.bottom; r++)
        for (let c = s.area.left; c <= s.area.right; c++) f(cellFor(s.sheet, r, c));
    }, payload);
  }
}

export class RangeFont extends FormatPart {
  protected override scalars(): Record<string, (s: RangeState) => unknown> {
    return { bold: (s) => s.sheet.cells.get(s.area.top)?.get(s.area.left)?.bold === true };
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.eachCell(v, (c) => void (c.bold = v));
  }
}

/** The clerk's own fill: the add-in never sets it (highlights are conditional formats). */
export class RangeFill extends FormatPart {
  protected override scalars(): Record<string, (s: RangeState) => unknown> {
    return { color: (s) => s.sheet.cells.get(s.area.top)?.get(s.area.left)?.fill ?? "#FFFFFF" };
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.eachCell(v, (c) => void (c.fill = v));
  }
}

export class RangeFormat extends FormatPart {
  protected override navs(): Record<string, () => Navigable> {
    return { font: () => this.font, fill: () => this.fill };
  }

  get font(): RangeFont {
    return this.child("font", () => new RangeFont(this.context, () => this.resolve(), this.book));
  }

  get fill(): RangeFill {
    return this.child("fill", () => new RangeFill(this.context, () => this.resolve(), this.book));
  }

  autofitColumns(): void {
    this.queue((s) => void s.sheet.autofitCalls++);
  }
}

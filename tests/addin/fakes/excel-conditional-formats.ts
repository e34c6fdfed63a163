import { ClientCollection } from "./client-collection.js";
import { ClientObject, type Navigable } from "./client-object.js";
import { intersects, type Area } from "./excel-address.js";
import { Range, RangeAreas, type RangeState } from "./excel-range.js";
import type { FakeConditionalFormat, FakeSheet, FakeWorkbookState } from "./excel-state.js";
import { itemNotFound, OfficeError, type RequestContext } from "./office-runtime.js";

/** What a conditional-format collection belongs to: a Range (one area) or RangeAreas. */
export interface CfTarget {
  readonly sheet: FakeSheet;
  readonly areas: readonly Area[];
}

interface CfState {
  readonly sheet: FakeSheet;
  readonly cf: FakeConditionalFormat;
}

/** `range.conditionalFormats`: the formats that intersect the range; `add` puts one on all its areas. */
export class ConditionalFormats extends ClientCollection<CfTarget, CfState, ConditionalFormat> {
  constructor(
    context: RequestContext,
    resolve: () => CfTarget | null,
    private readonly book: FakeWorkbookState,
  ) {
    super(context, resolve);
  }

  protected itemStates(t: CfTarget): CfState[] {
    return t.sheet.conditionalFormats
      .filter((cf) => cf.areas.some((a) => t.areas.some((b) => intersects(a, b))))
      .map((cf) => ({ sheet: t.sheet, cf }));
  }

  protected item(st: CfState): ConditionalFormat {
    return new ConditionalFormat(
      this.context,
      () => {
        if (!st.sheet.conditionalFormats.includes(st.cf)) throw itemNotFound("conditional format");
        return st;
      },
      this.book,
    );
  }

  add(type: string): ConditionalFormat {
    this.context.enqueue(this.context.runtime.requires("ExcelApi", "1.6", "ConditionalFormatCollection.add"));
    let made: CfState | undefined;
    this.queue((t) => {
      const cf: FakeConditionalFormat = {
        id: this.book.nextId++,
        type,
        areas: [...t.areas],
        formula: undefined,
        fill: undefined,
        fontColor: undefined,
      };
      t.sheet.conditionalFormats.push(cf);
      made = { sheet: t.sheet, cf };
    }, type);
    return this.item({
      get sheet() {
        return made?.sheet ?? fail();
      },
      get cf() {
        return made?.cf ?? fail();
      },
    });
  }
}

const fail = (): never => {
  throw new OfficeError("InvalidObjectPath", "the conditional format was not created");
};

export class ConditionalFormat extends ClientObject<CfState> {
  constructor(
    context: RequestContext,
    resolve: () => CfState | null,
    private readonly book: FakeWorkbookState,
  ) {
    super(context, resolve);
  }

  /** ExcelApi 1.9: every area the format applies to. */
  getRanges(): RangeAreas {
    this.context.enqueue(this.context.runtime.requires("ExcelApi", "1.9", "ConditionalFormat.getRanges"));
    return new RangeAreas(this.context, () => ({ sheet: this.state().sheet, areas: this.state().cf.areas }), this.book);
  }

  /** ExcelApi 1.6: the format's range, a null object when it applies to several areas. */
  getRangeOrNullObject(): Range {
    this.context.enqueue(this.context.runtime.requires("ExcelApi", "1.6", "ConditionalFormat.getRangeOrNullObject"));
    const one = (): RangeState | null => {
      const { sheet, cf } = this.state();
      const [area, ...more] = cf.areas;
      return area && more.length === 0 ? { sheet, area } : null;
    };
    return new Range(this.context, one, this.book, true);
  }

  protected override scalars(): Record<string, (s: CfState) => unknown> {
    return {
      type: (s) => s.cf.type,
      id: (s) => String(s.cf.id),
      priority: (s) => s.sheet.conditionalFormats.indexOf(s.cf),
    };
  }

  protected override navs(): Record<string, () => Navigable> {
    return { customOrNullObject: () => this.customOrNullObject, custom: () => this.custom };
  }

  get type(): string {
    return this.read("type");
  }
  get id(): string {
    return this.read("id");
  }

  get customOrNullObject(): CustomConditionalFormat {
    return this.child(
      "customOrNullObject",
      () =>
        new CustomConditionalFormat(this.context, () => {
          const s = this.state();
          return s.cf.type === "Custom" ? s.cf : null;
        }),
    );
  }

  get custom(): CustomConditionalFormat {
    return this.child(
      "custom",
      () =>
        new CustomConditionalFormat(this.context, () => {
          const s = this.state();
          if (s.cf.type !== "Custom")
            throw new OfficeError("InvalidOperation", `a ${s.cf.type} format has no custom part`);
          return s.cf;
        }),
    );
  }

  delete(): void {
    this.queue((s) => void (s.sheet.conditionalFormats = s.sheet.conditionalFormats.filter((x) => x !== s.cf)));
  }
}

class CfPart extends ClientObject<FakeConditionalFormat> {}

export class CustomConditionalFormat extends CfPart {
  protected override navs(): Record<string, () => Navigable> {
    return { rule: () => this.rule, format: () => this.format };
  }
  get rule(): ConditionalFormulaRule {
    return this.child("rule", () => new ConditionalFormulaRule(this.context, () => this.resolve()));
  }
  get format(): ConditionalRangeFormat {
    return this.child("format", () => new ConditionalRangeFormat(this.context, () => this.resolve()));
  }
}

export class ConditionalFormulaRule extends CfPart {
  protected override scalars(): Record<string, (s: FakeConditionalFormat) => unknown> {
    return { formula: (s) => s.formula ?? "" };
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(v: string) {
    this.queue((s) => void (s.formula = v), v);
  }
}

export class ConditionalRangeFormat extends CfPart {
  readonly fill = new CfColor(this.context, () => this.resolve(), "fill");
  readonly font = new CfColor(this.context, () => this.resolve(), "fontColor");
}

class CfColor extends CfPart {
  constructor(
    context: RequestContext,
    resolve: () => FakeConditionalFormat | null,
    private readonly key: "fill" | "fontColor",
  ) {
    super(context, resolve);
  }
  protected override scalars(): Record<string, (s: FakeConditionalFormat) => unknown> {
    return { color: (s) => s[this.key] ?? "" };
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.queue((s) => void (s[this.key] = v), v);
  }
}

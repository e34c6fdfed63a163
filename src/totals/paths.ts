import * as z from "zod/mini";
import type { Fen } from "../money/fen.js";
import { ROLES, TOTALS, type Totals } from "./totals.js";

/**
 * Dotted paths into Totals, checked by the compiler: "dues.paidFen", "dues.byMonthPaidFen.0",
 * "activities.byCategory.春秋游.costFen". Month arrays take an index, `by…` records any key.
 */
type Join<K extends string, P extends string> = P extends "" ? K : `${K}.${P}`;
type PathsTo<T, V> = T extends V
  ? ""
  : T extends readonly (infer E)[]
    ? Join<`${number}`, PathsTo<E, V>>
    : T extends object
      ? { [K in keyof T & string]: Join<K, PathsTo<T[K], V>> }[keyof T & string]
      : never;

/** A path to a number of Totals. */
export type TotalPath = PathsTo<Totals, number>;
/** A path to an amount in 分: money by its type (`Fen`), which is the schema's money role. */
export type MoneyPath = PathsTo<Totals, Fen>;
/** A path to a number that is not money (a count, a year, a rate). */
export type CountPath = Exclude<TotalPath, MoneyPath>;
/** A path to a twelve-month array. */
export type MonthsPath = PathsTo<Totals, readonly number[]>;
/** A path to a record by list entry (`activities.byCategory`). */
export type ByKeyPath = PathsTo<Totals, Readonly<Record<string, { readonly count: number }>>>;

type Schema = z.core.$ZodType;
const own = (o: unknown, key: string): o is Record<string, unknown> =>
  typeof o === "object" && o !== null && Object.hasOwn(o, key);

/**
 * The schema node and the value a path names in `t`, following the schema: object fields, month
 * indexes, record keys. A record key may itself hold dots (a 慰问形式 a clerk typed), so each split
 * of the rest is tried, the longest key first.
 */
function locate(
  schema: Schema,
  value: unknown,
  parts: readonly string[],
): { readonly schema: Schema; readonly value: unknown } | undefined {
  const [head, ...rest] = parts;
  if (head === undefined) return { schema, value };
  if (schema instanceof z.core.$ZodObject) {
    const field = schema._zod.def.shape[head];
    return field && own(value, head) ? locate(field, value[head], rest) : undefined;
  }
  if (schema instanceof z.core.$ZodArray) {
    return /^(0|[1-9]\d*)$/.test(head) && own(value, head)
      ? locate(schema._zod.def.element, value[head], rest)
      : undefined;
  }
  if (schema instanceof z.core.$ZodRecord) {
    for (let n = parts.length; n >= 1; n--) {
      const key = parts.slice(0, n).join(".");
      const found = own(value, key) ? locate(schema._zod.def.valueType, value[key], parts.slice(n)) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

const at = (t: Totals, path: string) => locate(TOTALS, t, path.split("."));

/** The number at `path`; undefined when `t` has nothing there (a key the record lacks, a month past 11). */
export function totalAt(t: Totals, path: TotalPath): number | undefined {
  const v = at(t, path)?.value;
  return typeof v === "number" ? v : undefined;
}

/** A figure of Totals, and whether the schema says it is money. */
export interface TotalFigure {
  readonly value: number;
  readonly money: boolean;
}

/** For a path known only at run time (a 汇总 key read from the workbook): its figure, if it names a number. */
export function figureAt(t: Totals, path: string): TotalFigure | undefined {
  const found = at(t, path);
  if (!found || typeof found.value !== "number") return undefined;
  return { value: found.value, money: ROLES.get(found.schema)?.role === "money" };
}

/** A month array and whether its months are money. */
export function monthsAt(t: Totals, path: MonthsPath): { readonly values: readonly number[]; readonly money: boolean } {
  const found = at(t, path);
  const element = found?.schema instanceof z.core.$ZodArray ? found.schema._zod.def.element : undefined;
  const values = Array.isArray(found?.value) ? (found.value as readonly number[]) : [];
  return { values, money: element !== undefined && ROLES.get(element)?.role === "money" };
}

/** A `by…` record: each key with its figures (count, participants, an amount…), field by field, in the schema's order. */
export function byKeyAt(
  t: Totals,
  path: ByKeyPath,
): readonly (readonly [string, Readonly<Record<string, TotalFigure>>])[] {
  const record = at(t, path)?.value;
  if (typeof record !== "object" || record === null) return [];
  return Object.keys(record).map((key) => {
    const entry = at(t, `${path}.${key}`);
    const fields = entry?.schema instanceof z.core.$ZodObject ? Object.keys(entry.schema._zod.def.shape) : [];
    return [
      key,
      Object.fromEntries(
        fields.flatMap((f) => {
          const figure = figureAt(t, `${path}.${key}.${f}`);
          return figure ? [[f, figure]] : [];
        }),
      ),
    ] as const;
  });
}

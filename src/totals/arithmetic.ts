import * as z from "zod/mini";
import { fen } from "../money/fen.js";
import { MONTHS, ROLES, TOTALS, rateOf, type Totals } from "./totals.js";

/**
 * Zero and add of Totals, derived from the schema: what each part does is its role (totals.ts), so
 * a new total is summed by the roll-up without a line here. The walkers see values as `unknown`;
 * they build exactly the schema's shape, which is what the casts to Totals below state.
 */
type Schema = z.core.$ZodType;
type Obj = Readonly<Record<string, unknown>>;
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null ? (v as Obj) : {});
const num = (v: unknown): number => (typeof v === "number" ? v : 0);

/** Rate fields of an object, recomputed from their parts (`out` already holds the parts). */
function fillRates(shape: Readonly<Record<string, Schema>>, out: Record<string, unknown>): void {
  for (const [key, field] of Object.entries(shape)) {
    const role = ROLES.get(field);
    if (role?.role === "rate") out[key] = rateOf(num(out[role.of]), num(out[role.to]));
  }
}

function zeroOf(schema: Schema): unknown {
  const role = ROLES.get(schema);
  switch (role?.role) {
    case "money":
      return fen(0);
    case "count":
    case "rate":
      return 0;
    case "name":
      return schema instanceof z.core.$ZodString ? "" : 0;
    case "months":
      return schema instanceof z.core.$ZodArray
        ? Array.from({ length: MONTHS }, () => zeroOf(schema._zod.def.element))
        : [];
    case "byKey":
      return schema instanceof z.core.$ZodRecord
        ? Object.fromEntries(role.keys.map((k) => [k, zeroOf(schema._zod.def.valueType)]))
        : {};
    case undefined:
      break;
    default:
      return role satisfies never;
  }
  if (!(schema instanceof z.core.$ZodObject))
    throw new TypeError("totals schema: a part with no role that is not an object");
  return Object.fromEntries(Object.entries(schema._zod.def.shape).map(([k, field]) => [k, zeroOf(field)]));
}

function addOf(schema: Schema, a: unknown, b: unknown): unknown {
  const role = ROLES.get(schema);
  switch (role?.role) {
    case "money":
      return fen(num(a) + num(b));
    case "count":
      return num(a) + num(b);
    case "rate": // recomputed by the object that holds it
    case "name":
      return a;
    case "months": {
      if (!(schema instanceof z.core.$ZodArray)) return a;
      const element = schema._zod.def.element;
      const xs = Array.isArray(a) ? a : [],
        ys = Array.isArray(b) ? b : [];
      return Array.from({ length: MONTHS }, (_, i) =>
        addOf(element, xs[i] ?? zeroOf(element), ys[i] ?? zeroOf(element)),
      );
    }
    case "byKey": {
      if (!(schema instanceof z.core.$ZodRecord)) return a;
      // a's keys in a's order, then b's new ones: a forms outside the list (购物卡) keeps its own key.
      const out: Record<string, unknown> = { ...obj(a) };
      for (const [k, v] of Object.entries(obj(b))) out[k] = k in out ? addOf(schema._zod.def.valueType, out[k], v) : v;
      return out;
    }
    case undefined:
      break;
    default:
      return role satisfies never;
  }
  if (!(schema instanceof z.core.$ZodObject))
    throw new TypeError("totals schema: a part with no role that is not an object");
  const shape = schema._zod.def.shape;
  const out: Record<string, unknown> = {};
  for (const [k, field] of Object.entries(shape)) out[k] = addOf(field, obj(a)[k], obj(b)[k]);
  fillRates(shape, out);
  return out;
}

/** The same value with every rate recomputed from its parts (a rate read from a file is not trusted). */
function recomputeRates(schema: Schema, v: unknown): unknown {
  if (schema instanceof z.core.$ZodObject) {
    const shape = schema._zod.def.shape;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(obj(v))) out[k] = shape[k] ? recomputeRates(shape[k], x) : x;
    fillRates(shape, out);
    return out;
  }
  if (schema instanceof z.core.$ZodRecord) {
    return Object.fromEntries(
      Object.entries(obj(v)).map(([k, x]) => [k, recomputeRates(schema._zod.def.valueType, x)]),
    );
  }
  if (schema instanceof z.core.$ZodArray && Array.isArray(v))
    return v.map((x) => recomputeRates(schema._zod.def.element, x));
  return v;
}

/** Totals with every count zero and the list keys present, as computeTotals gives an empty ledger. */
export const zeroTotals = (unionName: string, fiscalYear: number): Totals => ({
  ...(zeroOf(TOTALS) as Totals),
  unionName,
  fiscalYear,
});

/** a + b part by part, in integer 分; rates are recomputed, never added; a's name and year are kept. */
export const addTotals = (a: Totals, b: Totals): Totals => addOf(TOTALS, a, b) as Totals;

export const withRatesRecomputed = (t: Totals): Totals => recomputeRates(TOTALS, t) as Totals;

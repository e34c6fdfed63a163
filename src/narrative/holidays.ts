import type { ListValue } from "../layout/lists.js";

/** A unit's holiday: months in which no activity is expected, so their emptiness is no weakness. */
export interface Holiday {
  readonly name: string;
  /** Months of the year, 1–12. */
  readonly months: readonly number[];
}

/**
 * Holidays by 单位类型 (基本信息, template 1.1). Only a school's are known from its type: our reading of
 * the usual school calendar (each 教育行政部门 sets its own 校历), 寒假 around 春节 in January and February
 * and 暑假 in July and August. Local calendars move the dates by weeks, not by whole months.
 */
const HOLIDAYS: Partial<Readonly<Record<ListValue<"unitType">, readonly Holiday[]>>> = {
  学校: [
    { name: "寒假", months: [1, 2] },
    { name: "暑假", months: [7, 8] },
  ],
};

/** The holidays of a unit of this type; none for a type without them, or an unknown or missing one. */
export function holidaysOf(unitType: string | undefined): readonly Holiday[] {
  // Own keys only: a 单位类型 typed by hand must not reach Object.prototype ("constructor").
  if (unitType === undefined || !Object.hasOwn(HOLIDAYS, unitType)) return [];
  return HOLIDAYS[unitType as ListValue<"unitType">] ?? [];
}

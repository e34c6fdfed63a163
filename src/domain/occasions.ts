import { excelSerialFromIso, yearOf, type IsoDate } from "../dates/calendar-date.js";
import type { CondolenceReason } from "../layout/lists.js";
import type { LedgerRow } from "../layout/record.js";
import type { CONDOLENCES_SHEET } from "../layout/template-layout.js";

type Row = LedgerRow<typeof CONDOLENCES_SHEET>;

/**
 * What makes a member's payments of one reason one occasion (one birthday, one hospital stay, one
 * death): an occasion's payments are summed before the reason's cap is checked, and count once
 * against the repeat limit (rules/condolences.ts). A 30 元 card and a 270 元 cake voucher for one
 * birthday are one 300 元 birthday gift, not two birthdays.
 */
type Occasion =
  /** Every payment is an occasion of its own: nothing says which payments belong together. */
  | { readonly kind: "payment" }
  /**
   * One occasion per member and calendar year. A workbook holds one year, so this is also "once ever";
   * a payment dated in another year (already date_out_of_year) is not summed with this year's.
   */
  | { readonly kind: "year" }
  /** The payments within `days` days of the occasion's first payment (that day is day 0). */
  | { readonly kind: "window"; readonly days: number };

const PAYMENT = { kind: "payment" } as const;
const YEAR = { kind: "year" } as const;

/**
 * How each reason's occasions are told apart. Facts about the events, not a province's standard, so
 * the table is the same under every profile; the compiler keeps it complete over the reasons.
 */
const OCCASIONS = {
  // Grouped by the profile's festival-cap shape instead (profiles/festival-shapes.ts).
  节日慰问: PAYMENT,
  // A member has one birthday a year.
  生日慰问: YEAR,
  // One marriage: 领证 and 婚礼 may be months apart, and both are the same event.
  结婚慰问: YEAR,
  // One birth: the customary gifts (at birth, 满月, 百日) fall within 100 days, and a member's next
  // birth cannot follow within 180 days. Our reading of how clerks pay, not a cited rule (docs/spec-notes.md).
  生育慰问: { kind: "window", days: 180 },
  // One stay: a stay and its follow-up payments fall within a month; stays months apart are separate.
  // Our reading of how clerks pay, not a cited rule (the hospital statistics a 31-day window could rest
  // on were not checked here; docs/spec-notes.md).
  生病住院: { kind: "window", days: 31 },
  // One death, once ever.
  会员去世: YEAR,
  // One relative's death: the gifts are made around the funeral, within days; another relative's
  // death a month or more later is another occasion.
  直系亲属去世: { kind: "window", days: 31 },
  // A member retires once.
  退休离岗: YEAR,
  // Help given as often as it is needed: no occasion to sum over.
  困难帮扶: PAYMENT,
  金秋助学: PAYMENT,
  夏送清凉: PAYMENT,
  冬送温暖: PAYMENT,
  其他: PAYMENT,
} as const satisfies { readonly [R in CondolenceReason]: Occasion };

const occasionOf = (reason: CondolenceReason): Occasion => OCCASIONS[reason];

/** The span an occasion of the reason covers, as findings name it: days after the first payment, or null for the year. */
export function occasionSpanDays(reason: CondolenceReason): number | null {
  const o = occasionOf(reason);
  return o.kind === "window" ? o.days : null;
}

/** Whole days from one date to a later one (Excel serials count days). */
const daysBetween = (from: IsoDate, to: IsoDate): number => excelSerialFromIso(to) - excelSerialFromIso(from);

/**
 * The occasions of the payments given in date order, each its rows in that order, in the order of
 * their first payment. A row without 会员编号, or of the window kind without a date, is an occasion of
 * its own (the finding about that cell already says what is missing); rows without 慰问事由 are left out.
 */
export function occasionsOf(rows: readonly Row[]): Row[][] {
  const out: Row[][] = [];
  /** The latest occasion of each member and reason. */
  const open = new Map<string, Row[]>();
  for (const row of rows) {
    const { memberId, reason, date } = row.values;
    if (reason === undefined) continue;
    const o = occasionOf(reason);
    // A year occasion is of its calendar year: last year's birthday is not summed with this year's.
    const year = o.kind === "year" && date !== undefined ? yearOf(date) : "";
    const key = `${memberId ?? ""}\u0000${reason}\u0000${year}`;
    const current = memberId === undefined || o.kind === "payment" ? undefined : open.get(key);
    const firstDate = current?.[0]?.values.date;
    const joins =
      current !== undefined &&
      (o.kind === "year" ||
        (o.kind === "window" &&
          date !== undefined &&
          firstDate !== undefined &&
          daysBetween(firstDate, date) <= o.days));
    if (joins) {
      current.push(row);
      continue;
    }
    const started = [row];
    out.push(started);
    if (memberId !== undefined && (o.kind !== "window" || date !== undefined)) open.set(key, started);
  }
  return out;
}

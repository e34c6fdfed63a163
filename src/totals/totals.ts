import * as z from "zod/mini";
import type { Fen } from "../money/fen.js";
import { LISTS } from "../layout/lists.js";
import { LEFT_STATUSES } from "../domain/membership.js";

/**
 * The totals of cli.md (`totals --json`), defined once. Money is in 分 (`Fen`), `by…` keys are the
 * Chinese list values. From this one schema come:
 * - the type `Totals` (below), readonly, with branded `Fen` wherever the schema says money;
 * - the parser the roll-up reads its `_rollup` JSON back with (parse.ts);
 * - zero and add (arithmetic.ts): what each part does when units are summed is its role here;
 * - the typed paths into Totals that provenance and the 汇总 cross-check use (paths.ts), money
 *   known by its role, not by its name.
 * Key order is output order (`totals --json`, `rollup --json`): append, do not reorder.
 */

/** What a part of Totals is, beyond its JSON type: how zero and add treat it, and whether it is money. */
export type Role =
  /** Which union and year: given to zero, kept from the first operand by add (a sum names itself). */
  | { readonly role: "name" }
  /** A count: zero is 0, add adds. */
  | { readonly role: "count" }
  /** Integer 分: zero is 0, add adds. */
  | { readonly role: "money" }
  /** A fraction of two sibling fields: never added, never trusted from a file; always `rateOf(of, to)`. */
  | { readonly role: "rate"; readonly of: string; readonly to: string }
  /** Twelve values, January first: added month by month. */
  | { readonly role: "months" }
  /** Values by a list's entries: zero has every entry of the list; add merges, adding shared keys. */
  | { readonly role: "byKey"; readonly keys: readonly string[] };

export const ROLES = z.registry<Role>();

export const MONTHS = 12;

/** Counts and 分 read back from a file: non-negative safe integers (a hand-edited cell must not become NaN). */
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

const count = () => z.int().check(z.minimum(0)).register(ROLES, { role: "count" });
const money = () => z.custom<Fen>(isCount).register(ROLES, { role: "money" });
/** Any value (or none) in a file reads as 0 here; parse.ts recomputes it from `of` and `to`. */
const rate = (of: string, to: string) => z.catch(z.number(), 0).register(ROLES, { role: "rate", of, to });
const months = <T extends z.core.$ZodType>(of: T) =>
  z.array(of).check(z.length(MONTHS)).register(ROLES, { role: "months" });
const byKey = <T extends z.core.$ZodType>(keys: readonly string[], of: T) =>
  z.record(z.string(), of).register(ROLES, { role: "byKey", keys });

const countCost = () => z.object({ count: count(), participants: count(), costFen: money() });
const countAmount = () => z.object({ count: count(), amountFen: money() });

/**
 * A rate floored to 4 decimals, so 99.996% never reads as 100%; 0 when nothing was owed. The
 * division is of integers (分 × 10,000 stays exact), so 29 of 100 is 0.29, not 0.2899.
 */
export const rateOf = (of: number, to: number): number => (to === 0 ? 0 : Math.floor((of * 10_000) / to) / 10_000);

/** 会籍状态 of the members at year end (not 已退会 / 已转出 / 去世): the keys of `members.byStatus`. */
const YEAR_END_STATUSES = LISTS.memberStatus.filter((s) => !LEFT_STATUSES.includes(s));

export const TOTALS = z.object({
  unionName: z.string().register(ROLES, { role: "name" }),
  fiscalYear: z.int().check(z.minimum(0)).register(ROLES, { role: "name" }),
  members: z.object({
    total: count(),
    active: count(),
    retired: count(),
    joinedThisYear: count(),
    leftThisYear: count(),
    /**
     * Extension of cli.md: members at year end by 会籍状态, every status of the list but 已退会 /
     * 已转出 / 去世; with `statusMissing` they add up to `total`.
     */
    byStatus: byKey(YEAR_END_STATUSES, count()),
    /** Extension of cli.md: members at year end whose 会籍状态 is empty (or not one of the list). */
    statusMissing: count(),
    /**
     * Extension of cli.md: of `leftThisYear`, the members whose leaving was a death — 去世 in the
     * year (template 1.1), or 已退会 in the year with a 会员去世 payment on or after 状态变动日期
     * (a 1.0 roster; domain/membership.ts: paidAfterDeath). `leftThisYear` counts them too, as the
     * 汇总 sheet's formula does; 退会、转出 proper is the difference.
     */
    diedThisYear: count(),
  }),
  dues: z.object({
    liableMembers: count(),
    expectedFen: money(),
    paidFen: money(),
    collectionRate: rate("collectedFen", "expectedFen"),
    byMonthPaidFen: months(money()),
    /** Extension of cli.md: dues owed for each month (a member's monthly due in each owed month). */
    byMonthExpectedFen: months(money()),
    /**
     * Extension of cli.md: Σ min(paid, owed) per member — what was collected of what was owed, the
     * part of the rate. One member's over-payment never makes up for another's arrears.
     */
    collectedFen: money(),
    /**
     * Extension of cli.md: what members paid beyond what they owed, Σ max(0, paid − owed) per
     * member of the roster. Not counted: a member whose 计缴工资 is missing (what is owed is not
     * known) and rows naming nobody on the roster — both are errors already.
     */
    overpaidFen: money(),
    /** Extension of cli.md: members of the roster who paid more than they owed. */
    overpaidMembers: count(),
    /**
     * Extension of cli.md (template 1.1): 其中补缴上年 — the part of `paidFen` that settles last
     * year's dues. It is in `paidFen` (the cash of the year, as the 汇总 sheet sums the months) but
     * not in `collectedFen` or `overpaidFen`, which are of this year's dues.
     */
    catchUpFen: money(),
    /** Extension of cli.md (template 1.1): members with months exempted by the union committee (免缴月份). */
    exemptMembers: count(),
  }),
  activities: z.object({
    count: count(),
    participants: count(),
    costFen: money(),
    byCategory: byKey(LISTS.activityCategory, countCost()),
    byMonthCostFen: months(money()),
    /** Extension of cli.md: activities held in each month, January first. */
    byMonthCount: months(count()),
  }),
  condolences: z.object({
    count: count(),
    /**
     * Distinct members paid. Summed across units: units have separate rosters, so a member ID seen
     * in two units is two people; the sum is exact as long as nobody belongs to two unions.
     */
    people: count(),
    amountFen: money(),
    byReason: byKey(LISTS.condolenceReason, countAmount()),
    // Forms outside the list (购物卡…) are still money spent: they get their own key.
    byForm: byKey(LISTS.condolenceForm, countAmount()),
    byMonthAmountFen: months(money()),
  }),
});

/** Readonly all the way down; `Fen` and other branded numbers stay as they are. */
type DeepReadonly<T> = T extends number | string | boolean
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };

export type Totals = DeepReadonly<z.output<typeof TOTALS>>;
export type CountCost = Totals["activities"]["byCategory"][string];
export type CountAmount = Totals["condolences"]["byReason"][string];

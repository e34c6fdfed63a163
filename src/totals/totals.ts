import type { Fen } from "../money/fen.js";

/** The totals of cli.md (`totals --json`); money in 分, `by…` keys are the Chinese list values. */
export interface CountCost {
  readonly count: number;
  readonly participants: number;
  readonly costFen: Fen;
}

export interface CountAmount {
  readonly count: number;
  readonly amountFen: Fen;
}

export interface Totals {
  readonly unionName: string;
  readonly fiscalYear: number;
  readonly members: {
    readonly total: number;
    readonly active: number;
    readonly retired: number;
    readonly joinedThisYear: number;
    readonly leftThisYear: number;
  };
  readonly dues: {
    readonly liableMembers: number;
    readonly expectedFen: Fen;
    readonly paidFen: Fen;
    readonly collectionRate: number;
    readonly byMonthPaidFen: readonly Fen[];
    /** Extension of cli.md: dues owed for each month (a member's monthly due in each owed month). */
    readonly byMonthExpectedFen: readonly Fen[];
  };
  readonly activities: {
    readonly count: number;
    readonly participants: number;
    readonly costFen: Fen;
    readonly byCategory: Readonly<Record<string, CountCost>>;
    readonly byMonthCostFen: readonly Fen[];
    /** Extension of cli.md: activities held in each month, January first. */
    readonly byMonthCount: readonly number[];
  };
  readonly condolences: {
    readonly count: number;
    readonly people: number;
    readonly amountFen: Fen;
    readonly byReason: Readonly<Record<string, CountAmount>>;
    readonly byForm: Readonly<Record<string, CountAmount>>;
    readonly byMonthAmountFen: readonly Fen[];
  };
}

/** A number inside Totals by dotted path ("activities.byCategory.春秋游.costFen", "dues.byMonthPaidFen.0"). */
export function totalAt(t: Totals, path: string): number | undefined {
  let node: unknown = t;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "number" ? node : undefined;
}

export const isMoneyPath = (path: string): boolean => /Fen(\.\d+)?$/.test(path);

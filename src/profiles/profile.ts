import type { Fen } from "../money/fen.js";
import type { ActivityCategory, CondolenceReason, Festival } from "../layout/lists.js";

/**
 * The three festival-cap shapes of domain-rules.md, by name. What each means (its text, its check,
 * its form in a profile file) is one table, festival-shapes.ts, that the compiler keeps complete.
 */
export interface FestivalCaps {
  readonly perMemberYear: { readonly shape: "perMemberYear"; readonly capFen: Fen };
  readonly perFestival: {
    readonly shape: "perFestival";
    readonly capsFen: Partial<Readonly<Record<Festival, Fen>>>;
    readonly otherFen: Fen;
  };
  readonly pool: { readonly shape: "pool"; readonly shareOfBudgetedIncome: number };
}
export type FestivalShape = keyof FestivalCaps;
/** A festival cap of one shape, or (by default) of any. */
export type FestivalCap<S extends FestivalShape = FestivalShape> = FestivalCaps[S];

/** A per-payment cap; `raised` lifts it when the 备注 mentions a word (福建: 生病住院 with 手术). */
export interface ReasonCap {
  readonly capFen: Fen;
  readonly raised?: { readonly capFen: Fen; readonly whenRemarkIncludes: string };
}

export interface RepeatLimit {
  readonly limit: number;
  /** Once ever (会员去世) rather than per year. Within one workbook both count the same rows. */
  readonly ever?: boolean;
}

/** A per-person spending limit for activities, matched by category and/or a word in the name. */
export interface PerCapitaLimit {
  readonly label: string;
  readonly category?: ActivityCategory;
  readonly nameIncludes?: string;
  readonly capFen: Fen;
  /** Per person per day: the 备注 may give the days ("2天"); default 1. */
  readonly perDay: boolean;
}

export interface Profile {
  readonly id: string;
  readonly name: string;
  /** Where the numbers come from, so an upper union can check and replace them. */
  readonly source: string;
  /** The upper union that issued a custom profile. */
  readonly issuer?: string;
  readonly year: number;
  /** False for `default`: a report made with it says the caps are not an official standard. */
  readonly official: boolean;
  readonly festival: FestivalCap;
  readonly caps: Partial<Readonly<Record<CondolenceReason, ReasonCap>>>;
  readonly repeats: Partial<Readonly<Record<CondolenceReason, RepeatLimit>>>;
  readonly perCapita: readonly PerCapitaLimit[];
  readonly dues: { readonly rate: number; readonly truncationYuan: number };
  /** Share of the 2% funds the grassroots union keeps (0.60). */
  readonly retentionRatio: number;
  readonly codeSystem: "2017" | "2022";
  /**
   * Festivals for which 节日慰问 may be paid: the statutory ones and, by name, the 少数民族节日
   * approved at autonomous-region level or above where the profile applies (古尔邦节…).
   */
  readonly festivals: readonly string[];
}

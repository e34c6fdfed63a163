import type { ActivityCategory, CondolenceReason } from "../layout/lists.js";

/**
 * A profile as an upper union writes it (schemas/profile.schema.json): amounts in 元, as the
 * provincial rules state them. The program turns it into a Profile (amounts in 分).
 */
export interface ProfileFileV1 {
  readonly $schema?: string;
  readonly formatVersion: 1;
  readonly id: string;
  readonly name: string;
  /** The upper union that issues the profile, e.g. "某某区总工会". */
  readonly issuer: string;
  readonly source: string;
  readonly year: number;
  readonly official: boolean;
  readonly festival:
    | { readonly shape: "perMemberYear"; readonly capYuan: number }
    | { readonly shape: "perFestival"; readonly capsYuan: Readonly<Record<string, number>>; readonly otherYuan: number }
    | { readonly shape: "pool"; readonly shareOfBudgetedIncome: number };
  readonly caps: Partial<Readonly<Record<CondolenceReason, number | { readonly capYuan: number; readonly raised?: { readonly capYuan: number; readonly whenRemarkIncludes: string } }>>>;
  readonly repeats: Partial<Readonly<Record<CondolenceReason, number | { readonly limit: number; readonly ever?: boolean }>>>;
  readonly perCapita: readonly {
    readonly label: string;
    readonly category?: ActivityCategory;
    readonly nameIncludes?: string;
    readonly capYuan: number;
    readonly perDay: boolean;
  }[];
  readonly dues: { readonly rate: number; readonly truncationYuan: number };
  readonly retentionRatio: number;
  readonly codeSystem: "2017" | "2022";
  /** Festivals for 节日慰问: the statutory list plus approved 少数民族节日 by name (e.g. "古尔邦节"). */
  readonly festivals: readonly string[];
}

/** One mistake in a profile file: where (a JSON path) and what to change, in plain Chinese. */
export interface ProfileProblem {
  readonly path: string;
  readonly message: string;
}

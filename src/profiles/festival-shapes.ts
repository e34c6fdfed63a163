import { fen, fenToPlainYuan, yuan, type Fen } from "../money/fen.js";
import type { Festival } from "../layout/lists.js";
import type { ProfileFileV1 } from "./file-format.js";
import type { Locale } from "./messages/index.js";
import type { FestivalCap, FestivalShape } from "./profile.js";

/** A festival cap of one shape as a profile file writes it (amounts in 元). */
export type FestivalCapFile<S extends FestivalShape = FestivalShape> = Extract<
  ProfileFileV1["festival"],
  { readonly shape: S }
>;

/** What a festival gift row gives the check. */
export interface FestivalGift {
  readonly memberId?: string | undefined;
  readonly festival?: string | undefined;
}

/** Everything one festival-cap shape means, in one place. */
export interface FestivalShapeEntry<S extends FestivalShape> {
  /** The cap in one phrase, for `profiles` and `profiles --check`: "节日慰问每人每年1500元". */
  readonly summary: Readonly<Record<Locale, (cap: FestivalCap<S>) => string>>;
  /** The cap as the template's 填表说明 states it, with what the clerk must fill in for it. */
  readonly instructions: (cap: FestivalCap<S>) => string;
  /** How festival_cap_exceeded applies the cap (rules/condolences.ts). */
  readonly check: {
    /** The gifts that share one cap have the same key; null leaves a gift out (no 会员编号). */
    readonly groupOf: (gift: FestivalGift) => string | null;
    /**
     * The cap of a group (its first gift stands for it); undefined when it depends on the year's
     * budgeted income (基本信息) and the workbook gives none.
     */
    readonly capFen: (cap: FestivalCap<S>, first: FestivalGift, budgetIncomeFen: Fen | undefined) => Fen | undefined;
    /** Whom and which festival a finding about a group names. */
    readonly names: (first: FestivalGift) => { readonly memberId: string | null; readonly festival: string | null };
  };
  /** From a checked profile file: 元 to 分. */
  readonly fromFile: (file: FestivalCapFile<S>) => FestivalCap<S>;
  /** Into a profile file: 分 to 元. */
  readonly toFile: (cap: FestivalCap<S>) => FestivalCapFile<S>;
}

const plainYuan = (f: Fen): string => fenToPlainYuan(f);
const toYuan = (f: Fen): number => Number(fenToPlainYuan(f));
const percent = (share: number): number => Math.round(share * 100);

/**
 * The festival-cap shapes: adding one to `FestivalCaps` (profile.ts) fails to compile until it has
 * an entry here and a branch in the profile file schema (file-format.ts).
 */
export const FESTIVAL_SHAPES = {
  perMemberYear: {
    summary: {
      "zh-CN": (c) => `节日慰问每人每年${plainYuan(c.capFen)}元`,
      en: (c) => `festival gifts ${plainYuan(c.capFen)} yuan per member per year`,
    },
    instructions: (c) => `节日慰问：每人每年合计不超过${plainYuan(c.capFen)}元`,
    check: {
      groupOf: (g) => g.memberId ?? null,
      capFen: (c) => c.capFen,
      names: (g) => ({ memberId: g.memberId ?? null, festival: null }),
    },
    fromFile: (f) => ({ shape: "perMemberYear", capFen: yuan(f.capYuan) }),
    toFile: (c) => ({ shape: "perMemberYear", capYuan: toYuan(c.capFen) }),
  },
  perFestival: {
    summary: {
      "zh-CN": (c) => `节日慰问按节日限额（其他节日${plainYuan(c.otherFen)}元）`,
      en: (c) => `festival gifts capped per festival (other festivals ${plainYuan(c.otherFen)} yuan)`,
    },
    instructions: (c) => {
      const each = Object.entries(c.capsFen).map(([k, v]) => `${k}${plainYuan(v ?? fen(0))}元`);
      return `节日慰问：按节日分别限额（${each.join("、")}，其他节日各${plainYuan(c.otherFen)}元）`;
    },
    check: {
      groupOf: (g) => (g.memberId === undefined ? null : `${g.memberId}\u0000${g.festival ?? ""}`),
      capFen: (c, g) => c.capsFen[g.festival as Festival] ?? c.otherFen,
      names: (g) => ({ memberId: g.memberId ?? null, festival: g.festival ?? null }),
    },
    fromFile: (f) => ({
      shape: "perFestival",
      capsFen: Object.fromEntries(Object.entries(f.capsYuan).map(([k, v]) => [k, yuan(v)])),
      otherFen: yuan(f.otherYuan),
    }),
    toFile: (c) => ({
      shape: "perFestival",
      capsYuan: Object.fromEntries(Object.entries(c.capsFen).map(([k, v]) => [k, toYuan(v ?? fen(0))])),
      otherYuan: toYuan(c.otherFen),
    }),
  },
  pool: {
    summary: {
      "zh-CN": (c) => `节日慰问总额≤年度预算收入的${percent(c.shareOfBudgetedIncome)}%`,
      en: (c) => `festival gifts at most ${percent(c.shareOfBudgetedIncome)}% of the year's budgeted income`,
    },
    instructions: (c) =>
      `节日慰问：全年总额不超过年度经费收入预算的${percent(c.shareOfBudgetedIncome)}%（请在基本信息中填写预算）`,
    check: {
      // One pool for the whole union: every gift counts, with or without a 会员编号.
      groupOf: () => "",
      capFen: (c, _g, budget) => (budget === undefined ? undefined : fen(Math.floor(budget * c.shareOfBudgetedIncome))),
      names: () => ({ memberId: null, festival: null }),
    },
    fromFile: (f) => ({ shape: "pool", shareOfBudgetedIncome: f.shareOfBudgetedIncome }),
    toFile: (c) => ({ shape: "pool", shareOfBudgetedIncome: c.shareOfBudgetedIncome }),
  },
} as const satisfies { readonly [S in FestivalShape]: FestivalShapeEntry<S> };

/**
 * The entry of a shape, typed by the shape asked for. Pass the cap whose `shape` you looked up:
 * asked with a union of shapes, the entry's functions take a cap of any of them (TypeScript cannot
 * tie `cap.shape` to `cap` by itself), and the table is what keeps each shape's functions apart.
 */
export function festivalShape<S extends FestivalShape>(shape: S): FestivalShapeEntry<S> {
  const table: { readonly [K in FestivalShape]: FestivalShapeEntry<K> } = FESTIVAL_SHAPES;
  return table[shape];
}

/** The cap in one phrase (`profiles`). */
export const festivalSummary = (cap: FestivalCap, locale: Locale): string =>
  festivalShape(cap.shape).summary[locale](cap);

/** The cap as the template's 填表说明 states it. */
export const festivalInstructions = (cap: FestivalCap): string => festivalShape(cap.shape).instructions(cap);

export const festivalFromFile = (file: FestivalCapFile): FestivalCap => festivalShape(file.shape).fromFile(file);

export const festivalToFile = (cap: FestivalCap): FestivalCapFile => festivalShape(cap.shape).toFile(cap);

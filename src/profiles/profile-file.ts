import { yuan, fenToPlainYuan, type Fen } from "../money/fen.js";
import type { Festival } from "../layout/lists.js";
import { PROFILE_SCHEMA_ID, type ProfileFileV1 } from "./file-format.js";
import type { Locale } from "./messages/index.js";
import { checkProfileFile, withMessage } from "./profile-check.js";
import type { ProfileProblem } from "./problems.js";
import type { FestivalCap, PerCapitaLimit, Profile, ReasonCap, RepeatLimit } from "./profile.js";

export type { ProfileProblem } from "./problems.js";
export type ProfileParse = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

/**
 * Reads a profile file (schemas/profile.schema.json, from file-format.ts) and lists every mistake,
 * each with its JSON path and a plain fix (Chinese unless `locale` says en), rather than stopping at
 * the first. Amounts in 元 become 分.
 */
export function parseProfile(text: string, locale: Locale = "zh-CN"): ProfileParse {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, problems: [withMessage({ code: "not_json", params: { detail: e instanceof Error ? e.message : String(e) } }, "$", locale)] };
  }
  const checked = checkProfileFile(data, locale);
  return checked.ok ? { ok: true, profile: fromFile(checked.file) } : checked;
}

const money = (y: number): Fen => yuan(y);

export function fromFile(f: ProfileFileV1): Profile {
  const festival: FestivalCap =
    f.festival.shape === "perMemberYear"
      ? { shape: "perMemberYear", capFen: money(f.festival.capYuan) }
      : f.festival.shape === "perFestival"
        ? { shape: "perFestival", capsFen: Object.fromEntries(Object.entries(f.festival.capsYuan).map(([k, v]) => [k, money(v)])), otherFen: money(f.festival.otherYuan) }
        : { shape: "pool", shareOfBudgetedIncome: f.festival.shareOfBudgetedIncome };
  const caps = Object.fromEntries(
    Object.entries(f.caps).map(([reason, cap]): [string, ReasonCap] => {
      if (typeof cap === "number") return [reason, { capFen: money(cap) }];
      const c = cap as Exclude<typeof cap, number | undefined>;
      return [reason, c.raised ? { capFen: money(c.capYuan), raised: { capFen: money(c.raised.capYuan), whenRemarkIncludes: c.raised.whenRemarkIncludes } } : { capFen: money(c.capYuan) }];
    }),
  );
  const repeats = Object.fromEntries(
    Object.entries(f.repeats).map(([reason, r]): [string, RepeatLimit] => (typeof r === "number" ? [reason, { limit: r }] : [reason, r as RepeatLimit])),
  );
  const perCapita: PerCapitaLimit[] = f.perCapita.map((p) => ({
    label: p.label, capFen: money(p.capYuan), perDay: p.perDay,
    ...(p.category ? { category: p.category } : {}), ...(p.nameIncludes ? { nameIncludes: p.nameIncludes } : {}),
  }));
  return {
    id: f.id, name: f.name, source: f.source, issuer: f.issuer, year: f.year, official: f.official, festival, caps, repeats, perCapita,
    dues: f.dues, retentionRatio: f.retentionRatio, codeSystem: f.codeSystem,
    // Approved 少数民族节日 are named in the file; the program treats any name listed as allowed.
    festivals: f.festivals as readonly Festival[],
  };
}

/** A built-in profile in the file format: where an upper union starts when writing its own. */
export function toFile(p: Profile): ProfileFileV1 {
  const issuer = p.issuer ?? "（请填写发文的上级工会）";
  const y = (f: Fen): number => Number(fenToPlainYuan(f));
  return {
    $schema: PROFILE_SCHEMA_ID,
    formatVersion: 1, id: p.id, name: p.name, issuer, source: p.source, year: p.year, official: p.official,
    festival:
      p.festival.shape === "perMemberYear"
        ? { shape: "perMemberYear", capYuan: y(p.festival.capFen) }
        : p.festival.shape === "perFestival"
          ? { shape: "perFestival", capsYuan: Object.fromEntries(Object.entries(p.festival.capsFen).map(([k, v]) => [k, y(v as Fen)])), otherYuan: y(p.festival.otherFen) }
          : { shape: "pool", shareOfBudgetedIncome: p.festival.shareOfBudgetedIncome },
    caps: Object.fromEntries(Object.entries(p.caps).map(([k, c]) => [k, c?.raised ? { capYuan: y(c.capFen), raised: { capYuan: y(c.raised.capFen), whenRemarkIncludes: c.raised.whenRemarkIncludes } } : y(c?.capFen ?? (0 as Fen))])),
    repeats: Object.fromEntries(Object.entries(p.repeats).map(([k, r]) => [k, r?.ever ? { limit: r.limit, ever: true } : (r?.limit ?? 0)])),
    perCapita: p.perCapita.map((c) => ({ label: c.label, capYuan: y(c.capFen), perDay: c.perDay, ...(c.category ? { category: c.category } : {}), ...(c.nameIncludes ? { nameIncludes: c.nameIncludes } : {}) })),
    dues: p.dues, retentionRatio: p.retentionRatio, codeSystem: p.codeSystem, festivals: [...p.festivals],
  };
}


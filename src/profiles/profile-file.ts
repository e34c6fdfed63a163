import { yuan, fenToPlainYuan, type Fen } from "../money/fen.js";
import { PROFILE_SCHEMA_ID, type ProfileFileV1 } from "./file-format.js";
import { festivalFromFile, festivalToFile } from "./festival-shapes.js";
import { err, ok, type Result } from "../result.js";
import { checkProfileFile } from "./profile-check.js";
import type { ProfileProblem } from "./problems.js";
import type { PerCapitaLimit, Profile, ReasonCap, RepeatLimit } from "./profile.js";

export type { ProfileProblem } from "./problems.js";

/**
 * Reads a profile file (schemas/profile.schema.json, from file-format.ts) and lists every mistake,
 * each with its JSON path, code and facts (profiles/messages/ words them in zh-CN or en), rather
 * than stopping at the first. Amounts in 元 become 分.
 */
export function parseProfile(text: string): Result<Profile, readonly ProfileProblem[]> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return err([{ code: "not_json", params: { detail: e instanceof Error ? e.message : String(e) }, path: "$" }]);
  }
  const checked = checkProfileFile(data);
  return checked.ok ? ok(fromFile(checked.value)) : checked;
}

const money = (y: number): Fen => yuan(y);

export function fromFile(f: ProfileFileV1): Profile {
  const festival = festivalFromFile(f.festival);
  const caps = Object.fromEntries(
    Object.entries(f.caps).map(([reason, cap]): [string, ReasonCap] => {
      if (typeof cap === "number") return [reason, { capFen: money(cap) }];
      const c = cap as Exclude<typeof cap, number | undefined>;
      return [
        reason,
        c.raised
          ? {
              capFen: money(c.capYuan),
              raised: { capFen: money(c.raised.capYuan), whenRemarkIncludes: c.raised.whenRemarkIncludes },
            }
          : { capFen: money(c.capYuan) },
      ];
    }),
  );
  const repeats = Object.fromEntries(
    Object.entries(f.repeats).map(([reason, r]): [string, RepeatLimit] =>
      typeof r === "number" ? [reason, { limit: r }] : [reason, r as RepeatLimit],
    ),
  );
  const perCapita: PerCapitaLimit[] = f.perCapita.map((p) => ({
    label: p.label,
    capFen: money(p.capYuan),
    perDay: p.perDay,
    ...(p.category ? { category: p.category } : {}),
    ...(p.nameIncludes ? { nameIncludes: p.nameIncludes } : {}),
  }));
  return {
    id: f.id,
    name: f.name,
    source: f.source,
    issuer: f.issuer,
    year: f.year,
    official: f.official,
    festival,
    caps,
    repeats,
    perCapita,
    dues: f.dues,
    retentionRatio: f.retentionRatio,
    codeSystem: f.codeSystem,
    // Approved 少数民族节日 are named in the file; any name listed is allowed (but the generic
    // 少数民族节日, which 1.0 templates stamped, names none: rules/condolences.ts).
    festivals: f.festivals,
  };
}

/** A built-in profile in the file format: where an upper union starts when writing its own. */
export function toFile(p: Profile): ProfileFileV1 {
  const issuer = p.issuer ?? "（请填写发文的上级工会）";
  const y = (f: Fen): number => Number(fenToPlainYuan(f));
  return {
    $schema: PROFILE_SCHEMA_ID,
    formatVersion: 1,
    id: p.id,
    name: p.name,
    issuer,
    source: p.source,
    year: p.year,
    official: p.official,
    festival: festivalToFile(p.festival),
    caps: Object.fromEntries(
      Object.entries(p.caps).map(([k, c]) => [
        k,
        c?.raised
          ? {
              capYuan: y(c.capFen),
              raised: { capYuan: y(c.raised.capFen), whenRemarkIncludes: c.raised.whenRemarkIncludes },
            }
          : y(c?.capFen ?? (0 as Fen)),
      ]),
    ),
    repeats: Object.fromEntries(
      Object.entries(p.repeats).map(([k, r]) => [k, r?.ever ? { limit: r.limit, ever: true } : (r?.limit ?? 0)]),
    ),
    perCapita: p.perCapita.map((c) => ({
      label: c.label,
      capYuan: y(c.capFen),
      perDay: c.perDay,
      ...(c.category ? { category: c.category } : {}),
      ...(c.nameIncludes ? { nameIncludes: c.nameIncludes } : {}),
    })),
    dues: p.dues,
    retentionRatio: p.retentionRatio,
    codeSystem: p.codeSystem,
    festivals: [...p.festivals],
  };
}

import type { ProfileUnits, RollupNotice } from "./issues.js";
import type { UnitRecord } from "./unit.js";

/**
 * The profiles the units were checked against, most units first (then by name, so the order never depends on the
 * files'): a profile is its id and name together, as two upper unions' own files may share an id. Units whose
 * profile is not recorded are left out.
 */
export function profilesUsed(units: readonly UnitRecord[]): ProfileUnits[] {
  const by = new Map<string, { name: string; official: boolean; units: string[] }>();
  for (const u of units) {
    if (!u.profile) continue;
    const key = `${u.profile.id}\u0000${u.profile.name}`;
    const entry = by.get(key) ?? { name: u.profile.name, official: u.profile.official, units: [] };
    entry.units.push(u.unionName || u.file);
    by.set(key, entry);
  }
  return [...by.values()].sort((a, b) => b.units.length - a.units.length || a.name.localeCompare(b.name, "zh-CN"));
}

/** What a roll-up's reader must know about its units (the report, 问题清单, `--json`): `mixed_profiles` when they were
 * checked against more than one profile. Computed from the units, so it never goes stale. */
export function rollupNotices(units: readonly UnitRecord[]): RollupNotice[] {
  const profiles = profilesUsed(units);
  return profiles.length > 1 ? [{ code: "mixed_profiles", params: { profiles } }] : [];
}

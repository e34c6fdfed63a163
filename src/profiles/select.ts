import { SHEET_NAMES } from "../layout/template-layout.js";
import type { FindingSink } from "../workbook/findings-sink.js";
import type { Ledger } from "../workbook/ledger.js";
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, findProfile } from "./builtin.js";
import type { Profile } from "./profile.js";
import { parseProfile } from "./profile-file.js";

/**
 * The profile a workbook is checked against: one given by the caller (an upper union's file),
 * else the one stamped in `_meta` by the template generator, else the one named in 基本信息
 * 经费标准方案, else `default`. An unknown name is a finding, and `default` is used so the rest
 * of the checks still run.
 */
export function selectProfile(ledger: Ledger, sink: FindingSink, given?: Profile): Profile {
  if (given) return given;
  const named = ledger.info.profileId ?? ledger.template?.profile;
  const stamped = ledger.template?.profileJson;
  if (stamped) {
    const parsed = parseProfile(stamped);
    // The stamped copy is the one the template was issued with, unless 基本信息 names another.
    if (parsed.ok && (named === undefined || parsed.value.id === named)) return parsed.value;
    if (!parsed.ok)
      sink.add(
        "invalid_option",
        { sheet: SHEET_NAMES.meta, column: "profileJson" },
        { header: "经费标准方案（模板内嵌）", options: BUILTIN_PROFILES.map((p) => p.id) },
      );
  }
  if (named === undefined) return findProfile(DEFAULT_PROFILE_ID) as Profile;
  const found = findProfile(named);
  if (found) return found;
  const row = ledger.infoRows["profileId"];
  sink.add(
    "invalid_option",
    { sheet: SHEET_NAMES.basicInfo, column: "经费标准方案", value: named, ...(row ? { row, cell: `B${row}` } : {}) },
    { header: "经费标准方案", options: BUILTIN_PROFILES.map((p) => p.id) },
  );
  return findProfile(DEFAULT_PROFILE_ID) as Profile;
}

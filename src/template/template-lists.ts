import { LISTS, STATUTORY_FESTIVALS, type ListId } from "../layout/lists.js";
import { namedMinorityFestivals } from "../profiles/festivals.js";
import type { Profile } from "../profiles/profile.js";

/** The values of each drop-down of one template, as written on its `_lists` sheet. */
export type TemplateLists = { readonly [L in ListId]: readonly string[] };

/**
 * The lists of a template made for a profile. Every list is the layout's, except 节日: the
 * statutory festivals and the 少数民族节日 the profile approves by name (总工办发〔2017〕32号 allows
 * only those approved at autonomous-region level or above), so a clerk picks a festival, never the
 * generic entry that 1.0 templates offered (template 1.1, issue 12).
 */
export function templateLists(profile: Pick<Profile, "festivals">): TemplateLists {
  return { ...LISTS, festival: [...STATUTORY_FESTIVALS, ...namedMinorityFestivals(profile)] };
}

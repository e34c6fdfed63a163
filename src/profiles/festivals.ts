import { STATUTORY_FESTIVALS, UNNAMED_MINORITY_FESTIVAL } from "../layout/lists.js";
import type { Profile } from "./profile.js";

const NOT_NAMED: ReadonlySet<string> = new Set<string>([...STATUTORY_FESTIVALS, UNNAMED_MINORITY_FESTIVAL]);

/**
 * The 少数民族节日 a profile approves, by name (古尔邦节…): its festivals other than the statutory
 * ones and the generic entry that 1.0 templates stamped into every profile.
 */
export function namedMinorityFestivals(profile: Pick<Profile, "festivals">): readonly string[] {
  return profile.festivals.filter((f) => !NOT_NAMED.has(f));
}

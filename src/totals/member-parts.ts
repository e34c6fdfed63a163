import { RETIRED_STATUSES } from "../domain/membership.js";
import type { CountPath } from "./paths.js";
import type { Totals } from "./totals.js";

/**
 * One part of `members.total`: 在职 (`active`), 退休 and 离休 together (`retired`), any other
 * status of the list by name, or members with no status. `path` is where its count is, for a
 * report's figure.
 */
export type MemberPart =
  | { readonly part: "active"; readonly count: number; readonly path: CountPath }
  | { readonly part: "retired"; readonly count: number; readonly path: CountPath }
  | { readonly part: "status"; readonly status: string; readonly count: number; readonly path: CountPath }
  | { readonly part: "missing"; readonly count: number; readonly path: CountPath };

const ACTIVE = "在职";

/**
 * The parts the year-end members are made of, those that are not 0, in list order: they add up to
 * `members.total`, so totals, the report and the panes never name fewer people than the whole.
 */
export function memberParts(m: Totals["members"]): readonly MemberPart[] {
  const parts: MemberPart[] = [
    { part: "active", count: m.active, path: "members.active" },
    { part: "retired", count: m.retired, path: "members.retired" },
  ];
  for (const [status, count] of Object.entries(m.byStatus))
    if (status !== ACTIVE && !(RETIRED_STATUSES as readonly string[]).includes(status))
      parts.push({ part: "status", status, count, path: `members.byStatus.${status}` });
  parts.push({ part: "missing", count: m.statusMissing, path: "members.statusMissing" });
  return parts.filter((p) => p.count > 0);
}

import type { Analysis } from "../../analysis/analyze.js";
import type { ActivityCategory } from "../../layout/lists.js";
import type { IsoDate } from "../../dates/calendar-date.js";

/** An activity as the narrative names it: what it was called, how many took part, when. */
export interface NamedEvent {
  readonly name: string;
  readonly category: ActivityCategory;
  readonly participants: number;
  /** How many times an activity of this name was held in the year. */
  readonly held: number;
  readonly date: IsoDate | undefined;
}

/**
 * Categories and names that are not events a union invites its members to: meetings, and work
 * meals. They count in the year's total, but the report never holds them up as popular.
 */
const NOT_EVENTS: readonly ActivityCategory[] = ["会议", "职代会与民主管理"];
const NOT_EVENT_NAME = /会议|例会|座谈|工作餐|聚餐|用餐/u;

/**
 * The year's activities by name (one entry per name: the best attended occurrence, and how often the
 * name was held), best attended first. Ties are broken by what says more about a member's interest —
 * an activity held more often, then the earlier in the year — and last by name, never by row order.
 */
export function namedEvents(a: Pick<Analysis, "ledger">): NamedEvent[] {
  const byName = new Map<string, NamedEvent>();
  for (const { values: v } of a.ledger.activities.rows) {
    const name = v.name?.trim();
    if (!name || v.category === undefined) continue;
    const was = byName.get(name);
    const participants = v.participants ?? 0;
    const better = !was || participants > was.participants;
    byName.set(name, {
      name,
      category: better ? v.category : (was?.category ?? v.category),
      participants: better ? participants : (was?.participants ?? 0),
      held: (was?.held ?? 0) + 1,
      date: better ? v.date : was?.date,
    });
  }
  return [...byName.values()].sort(
    (x, y) =>
      y.participants - x.participants ||
      y.held - x.held ||
      (x.date ?? "9999").localeCompare(y.date ?? "9999") ||
      x.name.localeCompare(y.name, "zh-CN"),
  );
}

/** Events a member takes part in by choice (not meetings or meals), best attended first. */
export const popularEvents = (events: readonly NamedEvent[]): NamedEvent[] =>
  events.filter((e) => !NOT_EVENTS.includes(e.category) && !NOT_EVENT_NAME.test(e.name) && e.participants > 0);

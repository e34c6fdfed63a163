import type { Block } from "../../report/model.js";
import type { Provenance } from "../../report/model.js";
import type { TotalPath } from "../../totals/paths.js";
import type { NarrativeContext } from "../context.js";
import { paragraph, when } from "../figures.js";
import { quoted } from "../format.js";
import { numeral } from "../numbering.js";
import type { NamedEvent } from "./events.js";
import { WORK_AREAS, type WorkArea } from "./work-areas.js";

/** At most this many events are named per area ("“A”“B”“C”等"). */
const NAMED = 3;

const sumOf = (area: WorkArea, part: "count" | "participants" | "costFen"): Provenance => ({
  kind: "sum",
  paths: area.categories.map((c): TotalPath => `activities.byCategory.${c}.${part}`),
});

/**
 * （一）（二）…: one subsection per work area that has activities or a 【请补充】 place, in the seeds'
 * order: the named events and the area's figures ("组织开展“安全知识竞赛”“技能比武”等劳动竞赛8次，参与1531人次，
 * 支出2.35万元"), then the area's place for what the ledger cannot know.
 */
export function areaBlocks(ctx: NarrativeContext, events: readonly NamedEvent[]): Block[] {
  const { f, totals: t } = ctx;
  const blocks: Block[] = [];
  let n = 0;
  for (const area of WORK_AREAS) {
    const count = area.categories.reduce((s, c) => s + (t.activities.byCategory[c]?.count ?? 0), 0);
    if (count === 0 && !area.fill) continue;
    blocks.push({ kind: "heading", level: 2, text: `（${numeral(n++)}）${area.title}` });
    if (count > 0) {
      const named = events.filter((e) => area.categories.includes(e.category)).slice(0, NAMED);
      const names = named.map((e) => quoted(e.name)).join("");
      // Every event named: the names follow the count; some: "等" says there were more.
      const all = named.length === count;
      const participants = area.categories.reduce((s, c) => s + (t.activities.byCategory[c]?.participants ?? 0), 0);
      const cost = area.categories.reduce((s, c) => s + (t.activities.byCategory[c]?.costFen ?? 0), 0);
      blocks.push(
        paragraph(
          "组织开展",
          ...(all ? [area.noun, f.count(sumOf(area, "count"), "次"), `（${names}）`] : []),
          ...(!all ? [names, "等", area.noun, f.count(sumOf(area, "count"), "次")] : []),
          ...when(participants > 0, () => ["，参与职工", f.count(sumOf(area, "participants"), "人次")]),
          ...when(cost > 0, () => ["，支出", f.money(sumOf(area, "costFen"))]),
          "。",
        ),
      );
    }
    if (area.fill) blocks.push({ kind: "placeholder", ...area.fill });
  }
  return blocks;
}

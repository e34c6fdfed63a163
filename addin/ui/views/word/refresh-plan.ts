import { FILL_TAG_PREFIX, textHash, type Fragment } from "union-ledger";
import type { PlacedControl, Insertion, LinkRecord, RefreshPlan, Replacement } from "../../../host/host.js";

/**
 * Controls whose text no longer matches the hash written with them: the clerk edited them. A control
 * without a hash (a chart, or a report from before hashes) counts as not edited.
 */
export async function editedTags(
  blocks: readonly PlacedControl[],
  link: LinkRecord | undefined,
  sha256: (t: string) => Promise<string>,
): Promise<Set<string>> {
  const out = new Set<string>();
  for (const b of blocks) {
    const was = link?.hashes[b.tag];
    if (was !== undefined && (await textHash(b.text, sha256)) !== was) out.add(b.tag);
  }
  return out;
}

/**
 * New controls in runs, each run anchored to the control that precedes it in the new report (so a
 * section that now has data lands between its neighbours, not after the appendices). A run at the very
 * top goes before the first control the document has.
 */
function insertions(
  present: ReadonlySet<string>,
  order: readonly string[],
  fragments: ReadonlyMap<string, Fragment>,
  first: string | undefined,
): Insertion[] {
  const runs: Insertion[] = [];
  let anchor: string | undefined;
  let run: Replacement[] = [];
  const close = (): void => {
    const at = anchor ?? first;
    if (run.length > 0 && at !== undefined)
      runs.push({ anchor: at, where: anchor === undefined ? "Before" : "After", items: run });
    run = [];
  };
  for (const tag of order) {
    if (present.has(tag)) {
      close();
      anchor = tag;
      continue;
    }
    const f = fragments.get(tag);
    if (f) run.push({ tag, ...f });
  }
  close();
  return runs;
}

/**
 * What a refresh does: controls present in both are replaced, new ones are inserted next to their
 * neighbour in the new report, ones the new report no longer has are removed — except edited ones
 * when the clerk keeps edits. The link keeps the old hash of a kept control, so it still counts as
 * edited next time. Removal comes after insertion in the adapter, so any control can be an anchor.
 */
export function planRefresh(
  blocks: readonly PlacedControl[],
  fragments: ReadonlyMap<string, Fragment>,
  keep: ReadonlySet<string>,
  oldLink: LinkRecord | undefined,
  newLink: LinkRecord,
): { plan: RefreshPlan; link: LinkRecord } {
  const present = new Set(blocks.map((b) => b.tag));
  // A 【请补充】 place holds the chairman's words once written: a refresh never replaces or removes it,
  // whether or not it still shows the prompt (it is inserted when the document lacks it).
  const own = (tag: string): boolean => keep.has(tag) || tag.startsWith(FILL_TAG_PREFIX);
  const replace = [...fragments].filter(([tag]) => present.has(tag) && !own(tag)).map(([tag, f]) => ({ tag, ...f }));
  const insert = insertions(present, [...fragments.keys()], fragments, blocks[0]?.tag);
  const remove = blocks.map((b) => b.tag).filter((t) => !fragments.has(t) && !own(t));
  const hashes: Record<string, string> = { ...newLink.hashes };
  for (const t of [...keep, ...[...present].filter((tag) => tag.startsWith(FILL_TAG_PREFIX))]) {
    const old = oldLink?.hashes[t];
    if (old !== undefined) hashes[t] = old;
  }
  return { plan: { replace, insert, remove }, link: { ...newLink, hashes } };
}

/**
 * How many of the report's parts a refresh really changes: parts added or removed, and replaced parts whose
 * text hash differs from the one written last time. A part without hashes on both sides (a chart) changes
 * only when the workbook did (its sha-256 in the link): the same data draws the same chart.
 */
export function changedParts(plan: RefreshPlan, oldLink: LinkRecord | undefined, newLink: LinkRecord): number {
  const sourceChanged = oldLink?.sourceSha256 !== newLink.sourceSha256;
  const replaced = plan.replace.filter((r) => {
    const was = oldLink?.hashes[r.tag];
    const now = newLink.hashes[r.tag];
    return was === undefined || now === undefined ? sourceChanged : was !== now;
  }).length;
  return replaced + plan.insert.reduce((n, i) => n + i.items.length, 0) + plan.remove.length;
}

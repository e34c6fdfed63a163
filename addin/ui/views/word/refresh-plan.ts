import type { Fragment } from "../../../../src/docx/write.js";
import { textHash } from "../../../../src/docx/units.js";
import type { Block, LinkRecord, RefreshPlan } from "../../../host/host.js";

/**
 * Controls whose text no longer matches the hash written with them: the clerk edited them. A control
 * without a hash (a chart, or a report from before hashes) counts as not edited.
 */
export async function editedTags(blocks: readonly Block[], link: LinkRecord | undefined, sha256: (t: string) => Promise<string>): Promise<Set<string>> {
  const out = new Set<string>();
  for (const b of blocks) {
    const was = link?.hashes[b.tag];
    if (was !== undefined && (await textHash(b.text, sha256)) !== was) out.add(b.tag);
  }
  return out;
}

/**
 * What a refresh does: controls present in both are replaced, new ones go after the last of ours,
 * ones the new report no longer has are removed — except edited ones when the clerk keeps edits.
 * The link keeps the old hash of a kept control, so it still counts as edited next time.
 */
export function planRefresh(
  blocks: readonly Block[],
  fragments: ReadonlyMap<string, Fragment>,
  keep: ReadonlySet<string>,
  oldLink: LinkRecord | undefined,
  newLink: LinkRecord,
): { plan: RefreshPlan; link: LinkRecord } {
  const present = new Set(blocks.map((b) => b.tag));
  const replace = [...fragments].filter(([tag]) => present.has(tag) && !keep.has(tag)).map(([tag, f]) => ({ tag, ...f }));
  const append = [...fragments].filter(([tag]) => !present.has(tag)).map(([tag, f]) => ({ tag, ...f }));
  const remove = blocks.map((b) => b.tag).filter((t) => !fragments.has(t) && !keep.has(t));
  // The last control, even one being removed: the adapter appends before it deletes.
  const after = blocks[blocks.length - 1]?.tag;
  const hashes: Record<string, string> = { ...newLink.hashes };
  for (const t of keep) {
    const old = oldLink?.hashes[t];
    if (old !== undefined) hashes[t] = old;
  }
  return { plan: { replace, append, after: append.length > 0 ? after : undefined, remove }, link: { ...newLink, hashes } };
}

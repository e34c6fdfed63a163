import { beforeAll, describe, expect, it } from "vitest";
import { editedTags, planRefresh } from "../../addin/ui/views/word/refresh-plan.js";
import type { RefreshPlan } from "../../addin/host/host.js";
import type { LinkRecord } from "../../src/docx/link.js";
import { WORD_2016, type FakeWord } from "./fakes/fake-word.js";
import { controls, controlText, para, type BodyNode } from "./fakes/word-state.js";
import {
  byTag,
  corrected,
  documentHost,
  firstDraft,
  fragmentText,
  letterWithReport,
  propertiesLink,
  reportFiles,
  sha256,
  type ReportFiles,
} from "./word-fixtures.js";

const NOTE = para("（办公室补充：年底前完成会员信息核对。）");

let draft: ReportFiles;
let fixed: ReportFiles;
beforeAll(async () => {
  [draft, fixed] = await Promise.all([firstDraft().then(reportFiles), corrected().then(reportFiles)]);
});

/** The first draft in a letter, a clerk's note between two controls, and the plan for the corrected workbook. */
async function prepared(
  requirements?: typeof WORD_2016,
): Promise<{ fake: FakeWord; clerk: BodyNode[]; plan: RefreshPlan; link: LinkRecord }> {
  const { fake, clerk } = await letterWithReport(draft, requirements);
  const activities = byTag(fake, "union-ledger:activities");
  fake.doc.body.splice(fake.doc.body.indexOf(activities as BodyNode) + 1, 0, NOTE);
  const { blocks, link: old } = await documentHost(fake).readBlocks();
  const { plan, link } = planRefresh(blocks, fixed.fragments, new Set(), old, fixed.link);
  // In body order: the letter's first two paragraphs, the note, the letter's last paragraph.
  return { fake, clerk: [...clerk.slice(0, 2), NOTE, ...clerk.slice(2)], plan, link };
}

/** Body positions of the clerk's nodes: they keep their order and their neighbours outside our controls. */
const order = (fake: FakeWord, nodes: readonly BodyNode[]): number[] => nodes.map((n) => fake.doc.body.indexOf(n));

describe("refresh", () => {
  it("replaces in place, inserts new controls after their neighbour, removes, in 1 sync; the clerk's text stays", async () => {
    const { fake, clerk, plan, link } = await prepared();
    // The corrected workbook: 送温暖 appears (section and chart), the findings list goes; the notice stays,
    // now only counting the 【请补充】 places.
    expect(plan.insert.map((i) => [i.where, i.items.map((r) => r.tag)])).toEqual([
      ["After", ["union-ledger:care", "union-ledger:chart:condolences-by-reason"]],
    ]);
    const anchor = plan.insert[0]?.anchor;
    expect(plan.remove).toEqual(["union-ledger:appendix-findings"]);
    const ids = new Map(controls(fake.doc).map((c) => [c.tag, c.id]));
    const snapshot = clerk.map((n) => JSON.stringify(n));
    const positions = order(fake, clerk);
    const before = fake.syncCount;

    await documentHost(fake).refresh(plan, link);

    expect(fake.syncCount - before).toBe(1);
    for (const r of plan.replace) {
      const c = byTag(fake, r.tag);
      expect(c?.id, r.tag).toBe(ids.get(r.tag)); // the same control, not a new one
      expect(c?.title, r.tag).toBe(r.title);
      expect(c && controlText(c), r.tag).toBe(fragmentText(r.docx));
    }
    expect(fragmentText(fixed.fragments.get("union-ledger:activities")?.docx ?? new Uint8Array())).toContain("1800元");
    expect(
      byTag(fake, "union-ledger:activities")?.content.some((n) => n.kind === "paragraph" && n.text.includes("1800元")),
    ).toBe(true);
    // 送温暖 now comes third: the sections after it are renumbered, titles included.
    expect(byTag(fake, "union-ledger:finance")?.title).toBe("四、经费管理");
    const items = plan.insert.flatMap((i) => i.items);
    const inserted = items.map((r) => byTag(fake, r.tag));
    expect(inserted.map((c) => [c?.tag, c?.title])).toEqual(items.map((r) => [r.tag, r.title]));
    // Right after the control that precedes them in the new report (活动's last chart), in plan order,
    // and 经费管理 right after them: 送温暖 sits between its neighbours, not after the appendices.
    const at = fake.doc.body.indexOf(byTag(fake, anchor ?? "") as BodyNode) + 1;
    expect(inserted.map((c) => fake.doc.body.indexOf(c as BodyNode))).toEqual([at, at + 1]);
    expect(fake.doc.body[at + 2]).toBe(byTag(fake, "union-ledger:finance"));
    for (const tag of plan.remove) expect(byTag(fake, tag), tag).toBeUndefined();
    expect(clerk.map((n) => JSON.stringify(n))).toEqual(snapshot);
    const now = order(fake, clerk);
    expect(now.every((p) => p >= 0)).toBe(true);
    expect([...now].sort((a, b) => a - b)).toEqual(now);
    expect(now.slice(0, 2)).toEqual(positions.slice(0, 2));
    expect(fake.doc.body[fake.doc.body.indexOf(byTag(fake, "union-ledger:activities") as BodyNode) + 1]).toBe(NOTE);
    expect(fake.doc.body[fake.doc.body.length - 1]).toBe(clerk[3]);
    expect(propertiesLink(fake)).toMatchObject({
      sourceSha256: link.sourceSha256,
      hashes: expect.objectContaining(link.hashes),
    });
  });

  it("leaves the document as the new report would have it: nothing counts as edited", async () => {
    const { fake, plan, link } = await prepared();
    const host = documentHost(fake);
    await host.refresh(plan, link);
    const { blocks, link: read } = await host.readBlocks();
    expect(blocks.map((b) => b.tag).sort()).toEqual([...fixed.fragments.keys()].sort());
    expect(await editedTags(blocks, read, sha256)).toEqual(new Set());
  });

  it("fails the batch when a planned control has gone (the clerk deleted it since readBlocks)", async () => {
    const { fake, plan, link } = await prepared();
    fake.doc.body = fake.doc.body.filter((n) => !(n.kind === "control" && n.tag === "union-ledger:finance"));
    await expect(documentHost(fake).refresh(plan, link)).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("Word 2016 (WordApi 1.1)", () => {
  it("keeps the link in document settings and reads it back, 1 sync each", async () => {
    const { fake } = await letterWithReport(draft, WORD_2016);
    expect(fake.syncCount).toBe(1);
    expect(fake.doc.properties.size).toBe(0);
    expect(JSON.parse(String(fake.doc.savedSettings.get("union-ledger.link")))).toMatchObject({
      "union-ledger.sourceFile": draft.link.sourceFile,
    });
    const { blocks, link } = await documentHost(fake).readBlocks();
    expect(fake.syncCount).toBe(2);
    expect(blocks.map((b) => b.tag)).toEqual([...draft.fragments.keys()]);
    expect(link).toEqual(draft.link);
  });

  it("refreshes without getFirst (WordApi 1.3) and rewrites the link in settings", async () => {
    const { fake, plan, link } = await prepared(WORD_2016);
    expect(fake.doc.properties.size).toBe(0);
    expect(fake.doc.savedSettings.has("union-ledger.link")).toBe(true);
    expect((await documentHost(fake).readBlocks()).link).toEqual(draft.link);
    const before = fake.syncCount;
    await documentHost(fake).refresh(plan, link);
    expect(fake.syncCount - before).toBe(2); // no getFirst before WordApi 1.3: the tags are loaded first
    expect(plan.insert.flatMap((i) => i.items).every((r) => byTag(fake, r.tag))).toBe(true);
    expect((await documentHost(fake).readBlocks()).link).toEqual(link);
    expect(fake.doc.properties.size).toBe(0);
  });
});

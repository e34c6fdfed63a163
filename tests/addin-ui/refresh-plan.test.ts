import { describe, expect, it } from "vitest";
import { textHash } from "../../src/docx/text-hash.js";
import type { LinkRecord } from "../../src/docx/link.js";
import { changedParts, editedTags, planRefresh } from "../../addin/ui/views/word/refresh-plan.js";

const sha256 = async (t: string): Promise<string> =>
  Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(t))).toString("hex");
const frag = (title: string) => ({ title, docx: new Uint8Array([1]) });

async function linkFor(texts: Record<string, string>): Promise<LinkRecord> {
  const hashes: Record<string, string> = {};
  for (const [tag, text] of Object.entries(texts)) hashes[tag] = await textHash(text, sha256);
  return {
    sourceFile: "a.xlsx",
    sourceSha256: "x",
    templateVersion: "1.0.0",
    generatedAt: "2025-01-10T00:00:00Z",
    profile: "default",
    hashes,
  };
}

describe("refresh plan", () => {
  it("tells a clerk's edit from Word's own separators: \\r between paragraphs and \\t in tables are not edits", async () => {
    const link = await linkFor({
      "union-ledger:a": "一、组织建设\n会员288人。\n表1\n项目\n人数",
      "union-ledger:b": "二、活动\n开展80次。",
    });
    const blocks = [
      { tag: "union-ledger:a", title: "一", text: "一、组织建设\r会员288人。\r表1\r项目\t人数\r" },
      { tag: "union-ledger:b", title: "二", text: "二、活动\r开展80次，效果很好。\r" },
      { tag: "union-ledger:chart:x", title: "x", text: "图：x" },
    ];
    expect([...(await editedTags(blocks, link, sha256))]).toEqual(["union-ledger:b"]);
  });

  it("replaces controls present in both, puts new ones next to their neighbour in the new report, removes vanished ones", async () => {
    const tags = (ts: string[]) => ts.map((t) => ({ tag: `union-ledger:${t}`, title: t, text: "" }));
    const blocks = tags(["notice", "org", "activities", "finance", "appendix"]);
    const order = ["top", "org", "activities", "care", "chart:care", "finance", "appendix", "appendix2"];
    const fragments = new Map(order.map((t) => [`union-ledger:${t}`, frag(t)]));
    const next = await linkFor({ "union-ledger:org": "O" });
    const { plan, link } = planRefresh(blocks, fragments, new Set(), undefined, next);
    expect(plan.replace.map((r) => r.tag)).toEqual(
      ["org", "activities", "finance", "appendix"].map((t) => `union-ledger:${t}`),
    );
    expect(plan.insert.map((i) => [i.anchor, i.where, i.items.map((r) => r.title)])).toEqual([
      ["union-ledger:notice", "Before", ["top"]], // nothing precedes it in the new report: before the first control
      ["union-ledger:activities", "After", ["care", "chart:care"]], // between 活动 and 经费, not after the appendices
      ["union-ledger:appendix", "After", ["appendix2"]],
    ]);
    expect(plan.remove).toEqual(["union-ledger:notice"]);
    expect(link.hashes).toEqual(next.hashes);
  });

  it("keeps edited controls untouched and their old hash, so they still count as edited next time", async () => {
    const blocks = [
      { tag: "union-ledger:a", title: "A", text: "" },
      { tag: "union-ledger:b", title: "B", text: "" },
    ];
    const old = await linkFor({ "union-ledger:a": "old a", "union-ledger:b": "old b" });
    const next = await linkFor({ "union-ledger:a": "new a", "union-ledger:b": "new b" });
    const fragments = new Map([
      ["union-ledger:a", frag("A")],
      ["union-ledger:b", frag("B")],
    ]);
    const { plan, link } = planRefresh(blocks, fragments, new Set(["union-ledger:b"]), old, next);
    expect(plan.replace.map((r) => r.tag)).toEqual(["union-ledger:a"]);
    expect(plan.remove).toEqual([]);
    expect(plan.insert).toEqual([]);
    expect(link.hashes["union-ledger:a"]).toBe(next.hashes["union-ledger:a"]);
    expect(link.hashes["union-ledger:b"]).toBe(old.hashes["union-ledger:b"]);
  });

  it("never replaces or removes a 【请补充】 place, written in or not; a new one is inserted by its neighbour", async () => {
    const blocks = [
      { tag: "union-ledger:organization", title: "一", text: "" },
      { tag: "union-ledger:fill:home", title: "待补充", text: "本会建成职工之家…" },
      { tag: "union-ledger:activities", title: "二", text: "" },
      { tag: "union-ledger:fill:gone", title: "待补充", text: "" },
    ];
    const old = await linkFor({
      "union-ledger:fill:home": "【请补充：职工之家】",
      "union-ledger:fill:gone": "【请补充：x】",
    });
    const next = await linkFor({ "union-ledger:fill:home": "【请补充：职工之家】" });
    const fragments = new Map([
      ["union-ledger:organization", frag("一")],
      ["union-ledger:fill:home", frag("待补充")],
      ["union-ledger:activities", frag("二")],
      ["union-ledger:fill:ideology", frag("待补充")],
    ]);
    // The clerk chose to overwrite edits: places are still the chairman's.
    const { plan, link } = planRefresh(blocks, fragments, new Set(), old, next);
    expect(plan.replace.map((r) => r.tag)).toEqual(["union-ledger:organization", "union-ledger:activities"]);
    expect(plan.remove).toEqual([]);
    expect(plan.insert).toEqual([
      {
        anchor: "union-ledger:activities",
        where: "After",
        items: [{ tag: "union-ledger:fill:ideology", ...frag("待补充") }],
      },
    ]);
    expect(link.hashes["union-ledger:fill:home"]).toBe(old.hashes["union-ledger:fill:home"]);
  });

  it("counts only the parts a refresh changes: none when the data are the same, a chart only when the workbook changed", async () => {
    const texts = { "union-ledger:org": "会员288人。", "union-ledger:activities": "开展80次。" };
    const blocks = ["org", "activities", "chart:monthly"].map((t) => ({
      tag: `union-ledger:${t}`,
      title: t,
      text: "",
    }));
    const fragments = new Map(blocks.map((b) => [b.tag, frag(b.title)]));
    const old = await linkFor(texts);
    const same = planRefresh(blocks, fragments, new Set(), old, await linkFor(texts));
    expect(same.plan.replace).toHaveLength(3); // everything is rewritten…
    expect(changedParts(same.plan, old, same.link)).toBe(0); // …but nothing changed, and the pane says so
    const edited = await linkFor({ ...texts, "union-ledger:activities": "开展81次。" });
    const one = planRefresh(blocks, fragments, new Set(), old, { ...edited, sourceSha256: "y" });
    // The changed paragraph and the chart (its workbook changed); the unchanged paragraph is not counted.
    expect(changedParts(one.plan, old, one.link)).toBe(2);
    const added = planRefresh(blocks.slice(0, 2), fragments, new Set(), old, await linkFor(texts));
    expect(changedParts(added.plan, old, added.link)).toBe(1); // the chart inserted
  });
});

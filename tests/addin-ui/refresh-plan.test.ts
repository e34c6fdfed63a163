import { describe, expect, it } from "vitest";
import { textHash } from "../../src/docx/units.js";
import type { LinkRecord } from "../../src/docx/link.js";
import { editedTags, planRefresh } from "../../addin/ui/views/word/refresh-plan.js";

const sha256 = async (t: string): Promise<string> => Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(t))).toString("hex");
const frag = (title: string) => ({ title, docx: new Uint8Array([1]) });

async function linkFor(texts: Record<string, string>): Promise<LinkRecord> {
  const hashes: Record<string, string> = {};
  for (const [tag, text] of Object.entries(texts)) hashes[tag] = await textHash(text, sha256);
  return { sourceFile: "a.xlsx", sourceSha256: "x", templateVersion: "1.0.0", generatedAt: "2025-01-10T00:00:00Z", profile: "default", hashes };
}

describe("refresh plan", () => {
  it("tells a clerk's edit from Word's own separators: \\r between paragraphs and \\t in tables are not edits", async () => {
    const link = await linkFor({ "union-ledger:a": "一、组织建设\n会员288人。\n表1\n项目\n人数", "union-ledger:b": "二、活动\n开展80次。" });
    const blocks = [
      { tag: "union-ledger:a", text: "一、组织建设\r会员288人。\r表1\r项目\t人数\r" },
      { tag: "union-ledger:b", text: "二、活动\r开展80次，效果很好。\r" },
      { tag: "union-ledger:chart:x", text: "图：x" },
    ];
    expect([...(await editedTags(blocks, link, sha256))]).toEqual(["union-ledger:b"]);
  });

  it("replaces controls present in both, appends new ones after the last control, removes vanished ones", async () => {
    const blocks = [{ tag: "union-ledger:a", text: "" }, { tag: "union-ledger:gone", text: "" }];
    const fragments = new Map([["union-ledger:a", frag("A")], ["union-ledger:new", frag("N")], ["union-ledger:chart:n", frag("图")]]);
    const next = await linkFor({ "union-ledger:a": "A", "union-ledger:new": "N" });
    const { plan, link } = planRefresh(blocks, fragments, new Set(), undefined, next);
    expect(plan.replace.map((r) => r.tag)).toEqual(["union-ledger:a"]);
    expect(plan.append.map((r) => [r.tag, r.title])).toEqual([["union-ledger:new", "N"], ["union-ledger:chart:n", "图"]]);
    expect(plan.after).toBe("union-ledger:gone"); // appended before the anchor is removed
    expect(plan.remove).toEqual(["union-ledger:gone"]);
    expect(link.hashes).toEqual(next.hashes);
  });

  it("keeps edited controls untouched and their old hash, so they still count as edited next time", async () => {
    const blocks = [{ tag: "union-ledger:a", text: "" }, { tag: "union-ledger:b", text: "" }];
    const old = await linkFor({ "union-ledger:a": "old a", "union-ledger:b": "old b" });
    const next = await linkFor({ "union-ledger:a": "new a", "union-ledger:b": "new b" });
    const fragments = new Map([["union-ledger:a", frag("A")], ["union-ledger:b", frag("B")]]);
    const { plan, link } = planRefresh(blocks, fragments, new Set(["union-ledger:b"]), old, next);
    expect(plan.replace.map((r) => r.tag)).toEqual(["union-ledger:a"]);
    expect(plan.remove).toEqual([]);
    expect(plan.after).toBeUndefined();
    expect(link.hashes["union-ledger:a"]).toBe(next.hashes["union-ledger:a"]);
    expect(link.hashes["union-ledger:b"]).toBe(old.hashes["union-ledger:b"]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { editedTags } from "../../addin/ui/views/word/refresh-plan.js";
import { controls, controlText, para, type ControlNode } from "./fakes/word-state.js";
import {
  byTag,
  CLERK,
  documentHost,
  firstDraft,
  letterWithReport,
  propertiesLink,
  reportFiles,
  sha256,
  type ReportFiles,
} from "./word-fixtures.js";

let draft: ReportFiles;
beforeAll(async () => {
  draft = await reportFiles(await firstDraft());
});

describe("insertAtCursor", () => {
  it("puts the report after the cursor's paragraph in 1 sync, controls tagged in order, the link in custom properties", async () => {
    const { fake, clerk } = await letterWithReport(draft);
    expect(fake.syncCount).toBe(1);
    expect(controls(fake.doc).map((c) => [c.tag, c.title])).toEqual(
      [...draft.fragments].map(([tag, f]) => [tag, f.title]),
    );
    const body = fake.doc.body;
    expect(body.slice(0, 2)).toEqual(clerk.slice(0, 2));
    expect(body[0]).toBe(clerk[0]);
    expect(body[1]).toBe(clerk[1]);
    expect(body[2]).toEqual(para("测试工会2024年工作总结")); // the report's title comes first
    expect(body[body.length - 1]).toBe(clerk[2]);
    expect(CLERK).toEqual(clerk.map((n) => (n.kind === "paragraph" ? n.text : "")));
    expect(propertiesLink(fake)).toEqual(draft.link);
    expect(
      byTag(fake, "union-ledger:chart:dues-by-month")?.content.some((n) => n.kind === "paragraph" && n.images === 1),
    ).toBe(true);
  });
});

describe("readBlocks", () => {
  it("returns the add-in's controls only, with Word's text and the link, in 1 sync", async () => {
    const { fake } = await letterWithReport(draft);
    fake.doc.body.splice(0, 0, {
      kind: "control",
      id: 99,
      tag: "clerk:签名栏",
      title: "签名",
      content: [para("张三")],
    });
    const before = fake.syncCount;
    const { blocks, link } = await documentHost(fake).readBlocks();
    expect(fake.syncCount - before).toBe(1);
    expect(blocks.map((b) => b.tag)).toEqual([...draft.fragments.keys()]);
    expect(blocks.every((b) => b.text === controlText(byTag(fake, b.tag) as ControlNode))).toBe(true);
    expect(link).toEqual(draft.link);
    // The hashes written with the report match Word's text of the controls: nothing counts as edited.
    expect(await editedTags(blocks, link, sha256)).toEqual(new Set());
  });

  it("tells a clerk's edit from the add-in's text", async () => {
    const { fake } = await letterWithReport(draft);
    const finance = byTag(fake, "union-ledger:finance");
    if (!finance) throw new Error("no finance control");
    finance.content = [...finance.content, para("另：工会经费审查委员会已审查。")];
    const { blocks, link } = await documentHost(fake).readBlocks();
    expect(await editedTags(blocks, link, sha256)).toEqual(new Set(["union-ledger:finance"]));
  });
});

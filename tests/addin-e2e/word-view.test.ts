/**
 * The Word view in Chromium over the office.js stub: a letter the clerk wrote, the example workbook
 * chosen → its errors acknowledged with a reason → the report inserted at the cursor → refreshed
 * from a changed workbook: our controls change in place, the clerk's paragraphs do not.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { countBySeverity } from "../../src/findings/finding.js";
import { chromiumForTests, screenshot } from "./harness.js";
import { buildOfficeStub, builtPages, openPane } from "./office-pages.js";
import { axeViolations } from "./a11y-checks.js";
import { EXAMPLE, exampleAnalysis, horizontalOverflow } from "./page-checks.js";

const chromium = chromiumForTests();
const LETTER = [
  "区总工会：",
  "现将我会2024年度工作总结报送如下，请审阅。",
  "（此段为文员自己写的结尾，不应被程序改动。）",
];

/** The example with its last activity row emptied: 80 activities become 79. */
async function changedExample(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const ws = wb.getWorksheet("活动台账");
  if (!ws) throw new Error("no 活动台账");
  let last = 0;
  ws.eachRow((row, n) => {
    if (n > 2 && row.getCell(2).value !== null) last = n;
  });
  ws.getRow(last).eachCell((cell) => {
    if (!cell.formula) cell.value = null;
  });
  const file = join(await mkdtemp(join(tmpdir(), "word-view-")), "example-2024-改.xlsx");
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

describe.skipIf(!chromium)("Word view", () => {
  const pages = builtPages();
  let stub: string;
  let changed: string;
  beforeAll(async () => {
    [stub, changed] = await Promise.all([buildOfficeStub(), changedExample()]);
  });

  it("inserts the report at the cursor after the errors are acknowledged, then refreshes it in place", async () => {
    const { analysis } = await exampleAnalysis();
    const { errors } = countBySeverity(analysis.findings);
    const pane = await openPane(pages.browser, pages.server.url, stub, "Word", {
      word: { paragraphs: LETTER, cursorAt: 1 },
    });
    const { page } = pane;
    await page.getByText("本文档还没有插入年度总结。").waitFor();
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    const insert = page.getByRole("button", { name: "在光标处插入年度总结" });
    await insert.waitFor({ timeout: 60_000 });
    // Errors in the ledger: like a forced submission, the clerk must say why before inserting.
    await page.getByText(`台账中还有${errors}个错误`, { exact: false }).waitFor();
    expect(await insert.isDisabled()).toBe(true);
    await page.getByLabel("我已知晓台账中的这些错误，仍要插入年度总结").check();
    expect(await insert.isDisabled()).toBe(true);
    await page.getByLabel("原因（将写在总结第1页的“说明”中）").fill("区总工会要求先报初稿");
    await screenshot(page, "word-acknowledge");
    let syncs = await pane.fake((f) => f.word.syncCount());
    await insert.click();
    await page.getByText("已插入年度总结。").waitFor({ timeout: 60_000 });
    expect((await pane.fake((f) => f.word.syncCount())) - syncs).toBeLessThanOrEqual(3);

    const loose = async () =>
      (await pane.fake((f) => f.word.nodes()))
        .filter((n) => n.kind === "paragraph")
        .map((n) => (n.kind === "paragraph" ? n.text : ""));
    const controls = await pane.fake((f) => f.word.controls());
    expect(controls.map((c) => c.tag)).toContain("union-ledger:activities");
    // The report went in after the cursor's paragraph, before the clerk's closing paragraph.
    const nodes = await pane.fake((f) => f.word.nodes());
    const at = (text: string) => nodes.findIndex((n) => n.kind === "paragraph" && n.text === text);
    const firstControl = nodes.findIndex((n) => n.kind === "control");
    expect(at(LETTER[1] ?? "")).toBeLessThan(firstControl);
    expect(at(LETTER[2] ?? "")).toBeGreaterThan(nodes.map((n) => n.kind).lastIndexOf("control"));
    const props = await pane.fake((f) => f.word.properties());
    expect(props["union-ledger.sourceFile"]).toBe("example-2024.xlsx");
    expect(props["union-ledger.acknowledgement"]).toBe("区总工会要求先报初稿");
    // The reason is also where a reader sees it: page 1's notice.
    const notice = controls.find((c) => c.tag === "union-ledger:notice")?.text ?? "";
    expect(notice).toContain(`尚有${errors}处错误未更正`);
    expect(notice).toContain("在错误更正前生成本总结的原因：区总工会要求先报初稿。");
    const activitiesBefore = controls.find((c) => c.tag === "union-ledger:activities")?.text ?? "";
    expect(activitiesBefore).toContain(`${analysis.totals.activities.count}次`);
    const clerkBefore = await loose();
    await page.getByText("本文档的总结来自 example-2024.xlsx", { exact: false }).waitFor();

    // Refresh with the changed workbook: only our controls change.
    await page.locator("input[type=file]").setInputFiles(changed);
    const refresh = page.getByRole("button", { name: "用新数据刷新总结" });
    await page
      .getByText("所选文件与文档原来引用的 example-2024.xlsx 不同", { exact: false })
      .waitFor({ timeout: 60_000 });
    // The reason typed for the first workbook is kept; the tick is asked again for this one (and names 刷新).
    await page.getByLabel("我已知晓台账中的这些错误，仍要刷新总结").check();
    syncs = await pane.fake((f) => f.word.syncCount());
    await refresh.click();
    await page.getByText(/已刷新：\d+个部分有变化/).waitFor({ timeout: 60_000 });
    expect((await pane.fake((f) => f.word.syncCount())) - syncs).toBeLessThanOrEqual(3);
    const after = await pane.fake((f) => f.word.controls());
    const activitiesAfter = after.find((c) => c.tag === "union-ledger:activities");
    expect(activitiesAfter?.id).toBe(controls.find((c) => c.tag === "union-ledger:activities")?.id); // the same control, refreshed
    expect(activitiesAfter?.text).toContain(`${analysis.totals.activities.count - 1}次`);
    expect(after.find((c) => c.tag === "union-ledger:notice")?.text).toContain("原因：区总工会要求先报初稿。");
    expect(await loose()).toEqual(clerkBefore);
    expect((await pane.fake((f) => f.word.properties()))["union-ledger.sourceFile"]).toBe("example-2024-改.xlsx");
    await screenshot(page, "word-refreshed");
    expect(await horizontalOverflow(page)).toEqual({ overflow: 0, culprit: "" });
    // The same workbook again: everything is rewritten, nothing changed, and the pane says so.
    await refresh.click();
    await page.getByText("已刷新：数据与上次相同，总结内容没有变化。").waitFor({ timeout: 60_000 });
    expect(pane.problems.errors).toEqual([]);
    expect(pane.problems.cspViolations).toEqual([]);
    expect(pane.route.outside).toEqual([]);
    await pane.close();
  });

  it("asks before overwriting a block the clerk edited: 取消 leaves everything as it was, 保留 keeps it", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Word", {
      word: { paragraphs: LETTER, cursorAt: 1 },
    });
    const { page } = pane;
    // Choosing a file clears what was loaded, the acknowledgement with it, at once: the tick appears again once read.
    const read = () => page.getByText("已读取：example-2024.xlsx").waitFor({ timeout: 60_000 });
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await read();
    await page.getByLabel("我已知晓台账中的这些错误，仍要插入年度总结").check();
    await page.getByLabel("原因（将写在总结第1页的“说明”中）").fill("初稿");
    await page.getByRole("button", { name: "在光标处插入年度总结" }).click();
    await page.getByText("已插入年度总结。").waitFor({ timeout: 60_000 });
    // The clerk rewrites a paragraph inside the 活动 section.
    await pane.fake((f) => f.word.editControl("union-ledger:activities", "我会全年活动丰富多彩（文员改写）。"));
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await read();
    await page.getByLabel("我已知晓台账中的这些错误，仍要刷新总结").check();
    const refresh = page.getByRole("button", { name: "用新数据刷新总结" });
    await refresh.click();
    const question = page.getByText(/以下部分已被手工修改：.、活动开展。/);
    await question.waitFor({ timeout: 60_000 });
    await screenshot(page, "word-edited");
    expect(await axeViolations(page)).toEqual([]);

    // 取消: the question goes, nothing in the document changes, and 刷新 is offered again.
    const before = {
      controls: await pane.fake((f) => f.word.controls()),
      nodes: await pane.fake((f) => f.word.nodes()),
    };
    const syncs = await pane.fake((f) => f.word.syncCount());
    await page.getByRole("button", { name: "取消" }).click();
    await page.getByText("已取消刷新，文档未改动。").waitFor();
    expect(await question.count()).toBe(0);
    expect(await pane.fake((f) => f.word.controls())).toEqual(before.controls);
    expect(await pane.fake((f) => f.word.nodes())).toEqual(before.nodes);
    expect(await pane.fake((f) => f.word.syncCount())).toBe(syncs);
    await refresh.waitFor();
    await screenshot(page, "word-edited-cancelled");

    await refresh.click();
    await question.waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "保留手工修改，只刷新其他部分" }).click();
    await page.getByText("已刷新", { exact: false }).waitFor({ timeout: 60_000 });
    const controls = await pane.fake((f) => f.word.controls());
    expect(controls.find((c) => c.tag === "union-ledger:activities")?.text).toBe("我会全年活动丰富多彩（文员改写）。");
    await pane.close();
  });
});

import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import { nativeChart } from "../../src/charts/native-chart.js";
import type { ChartRenderer } from "../../src/docx/blocks.js";
import { BlockControl } from "../../src/docx/content-control.js";
import { linkFromProperties } from "../../src/docx/link.js";
import { reportDocument, writeReportDocx } from "../../src/docx/write.js";
import { reportOf } from "../helpers/report.js";
import { bodyOf, child, childrenOf, controlOf, descendants, formatted, nameOf, textOf } from "./formatted.js";

const sha256 = async (t: string): Promise<string> => `h${t.length}`;
const NATIVE: ChartRenderer = { render: async (spec) => nativeChart(spec) };
const para = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

/** Tag, title and id of every control of the example, as the writer put them in before it wrote them into the tree. */
const EXAMPLE_CONTROLS = (
  [
    ["数据说明", "union-ledger:notice"],
    ["开头", "union-ledger:opening"],
    ["一、组织建设与会员管理", "union-ledger:organization"],
    ["会费按月实缴情况", "union-ledger:chart:dues-by-month"],
    ["待补充：职工之家建设", "union-ledger:fill:home"],
    ["二、活动开展", "union-ledger:activities"],
    ["待补充：党建和思想政治引领", "union-ledger:fill:ideology"],
    ["二、活动开展（续）", "union-ledger:activities:after-ideology"],
    ["待补充：厂务公开与集体协商", "union-ledger:fill:openness"],
    ["二、活动开展（续）", "union-ledger:activities:after-openness"],
    ["待补充：安全生产监督", "union-ledger:fill:safety"],
    ["二、活动开展（续）", "union-ledger:activities:after-safety"],
    ["各类活动开展情况", "union-ledger:chart:activities-by-category"],
    ["全年各月支出情况", "union-ledger:chart:spending-by-month"],
    ["三、送温暖与慰问", "union-ledger:care"],
    ["慰问金按事由分布", "union-ledger:chart:condolences-by-reason"],
    ["四、经费管理", "union-ledger:finance"],
    ["五、存在的不足", "union-ledger:weaknesses"],
    ["六、2025年工作打算", "union-ledger:plans"],
    ["落款", "union-ledger:signature"],
    ["附件1：主要数据汇总表", "union-ledger:appendix-totals"],
    ["附件2：台账数据错误清单", "union-ledger:appendix-findings"],
  ] as const
).map(([alias, tag], i) => ({ alias, tag, id: 1000 + i }));

let example: Analysis;
beforeAll(async () => {
  const r = await analyzeBytes(new Uint8Array(await readFile("templates/example-2024.xlsx")));
  if (!r.ok) throw new Error(r.error.code);
  example = r.value;
});

describe("a block-level content control", () => {
  it("is a w:sdt of alias, tag and id, then its children formatted as they are alone", () => {
    const control = new BlockControl({ tag: "union-ledger:x", title: "一、标题" }, 1000, [para("正文"), para("二段")]);
    expect(formatted(control)).toEqual({
      "w:sdt": [
        {
          "w:sdtPr": [
            { "w:alias": { _attr: { "w:val": "一、标题" } } },
            { "w:tag": { _attr: { "w:val": "union-ledger:x" } } },
            { "w:id": { _attr: { "w:val": 1000 } } },
          ],
        },
        { "w:sdtContent": [formatted(para("正文")), formatted(para("二段"))] },
      ],
    });
  });

  it("holds tables as well as paragraphs", () => {
    const table = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [para("格")] })] })] });
    const content =
      child(formatted(new BlockControl({ tag: "t", title: "t" }, 1, [para("题"), table])), "w:sdtContent") ?? {};
    expect(childrenOf(content).map(nameOf)).toEqual(["w:p", "w:tbl"]);
    expect(textOf(content)).toBe("题格");
  });

  it("is a body child docx writes into document.xml itself, escaping alias and tag", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            para("前"),
            new BlockControl({ tag: `a"&<b>`, title: "<标题>&“引号”" }, 7, [para("内")]),
            para("后"),
          ],
        },
      ],
    });
    const xml = strFromU8(unzipSync(await Packer.pack(doc, "uint8array"))["word/document.xml"] ?? new Uint8Array());
    expect(xml).toContain(
      '<w:sdt><w:sdtPr><w:alias w:val="&lt;标题&gt;&amp;“引号”"/><w:tag w:val="a&quot;&amp;&lt;b&gt;"/><w:id w:val="7"/></w:sdtPr><w:sdtContent><w:p>',
    );
    expect(xml.indexOf("前")).toBeLessThan(xml.indexOf("<w:sdt>"));
    expect(xml.indexOf("</w:sdt>")).toBeLessThan(xml.indexOf("后"));
  });
});

describe("the report's tree", () => {
  it("is the title, then one control per section and chart in order, ids from 1000, and nothing else", async () => {
    const { document } = await reportDocument(reportOf(example), { charts: NATIVE, sha256 });
    const body = bodyOf(document);
    expect(body.map(nameOf)).toEqual(["w:p", ...EXAMPLE_CONTROLS.map(() => "w:sdt"), "w:sectPr"]);
    expect(textOf(body[0] ?? {})).toBe(reportOf(example).title);
    const controls = body.filter((n) => nameOf(n) === "w:sdt");
    expect(controls.map(controlOf)).toEqual(EXAMPLE_CONTROLS);
    for (const sdt of controls) {
      const { tag } = controlOf(sdt);
      const content = child(sdt, "w:sdtContent") ?? {};
      expect(descendants(content, "w:sdt"), String(tag)).toEqual([]); // controls are never nested
      if (String(tag).startsWith("union-ledger:chart:")) {
        // The chart, then its caption.
        expect(childrenOf(content).map(nameOf)).toEqual(["w:p", "w:p"]);
        expect(descendants(childrenOf(content)[0] ?? {}, "w:drawing")).toHaveLength(1);
        expect(textOf(childrenOf(content)[1] ?? {})).toMatch(/^图：/);
      } else {
        expect(descendants(content, "w:drawing"), String(tag)).toEqual([]);
      }
    }
    // An appendix's page break is inside its control, so a refresh that removes it leaves none behind.
    const appendix = controls.find((c) => controlOf(c).tag === "union-ledger:appendix-totals") ?? {};
    const first = childrenOf(child(appendix, "w:sdtContent") ?? {})[0] ?? {};
    expect(descendants(first, "w:pageBreakBefore")).toHaveLength(1);
  });

  it("returns the link record it writes into the document's properties, acknowledgement included", async () => {
    const report = reportOf(example);
    const { docx, link } = await writeReportDocx(report, { charts: NATIVE, sha256 }, "已核对，先行上报");
    const custom = strFromU8(unzipSync(docx)["docProps/custom.xml"] ?? new Uint8Array());
    const props = new Map(
      [...custom.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map((m) => [m[1] ?? "", m[2] ?? ""]),
    );
    expect(linkFromProperties(props)).toEqual(link);
    expect(link.acknowledgement).toBe("已核对，先行上报");
    expect(Object.keys(link.hashes)).toEqual(
      EXAMPLE_CONTROLS.map((c) => c.tag).filter((t) => !t.startsWith("union-ledger:chart:")),
    );
    // Without one, the same record less the acknowledgement.
    expect({
      ...(await reportDocument(report, { charts: NATIVE, sha256 })).link,
      acknowledgement: link.acknowledgement,
    }).toEqual(link);
  });
});

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";
import { ImageRun } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import { nativeChart } from "../../src/charts/native-chart.js";
import { writeReportDocx, writeReportFragments } from "../../src/docx/write.js";
import { linkFromProperties } from "../../src/docx/link.js";
import type { ChartRenderer } from "../../src/docx/blocks.js";
import { moneyText } from "../../src/narrative/format.js";
import { analyzeDataViaFile, cleanData } from "../helpers/ledger.js";
import { libreOffice } from "../helpers/libreoffice-results.js";
import { reportOf } from "../helpers/report.js";

const run = promisify(execFile);
const sha256 = async (t: string): Promise<string> => String(t.length); // the writer only stores it
const NATIVE: ChartRenderer = { render: async (spec) => nativeChart(spec) };

async function docx(a: Analysis, charts: ChartRenderer = NATIVE): Promise<Record<string, Uint8Array>> {
  return unzipSync((await writeReportDocx(reportOf(a), { charts, sha256 })).docx);
}
const tagsOf = (xml: string): string[] => [...xml.matchAll(/<w:tag w:val="([^"]+)"\/>/g)].map((m) => m[1] ?? "");
/** Each control's properties as written: alias, tag and id. */
const controlsOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:sdt><w:sdtPr>(.*?)<\/w:sdtPr><w:sdtContent>/g)].map((m) => m[1] ?? "");

let example: Analysis;
beforeAll(async () => {
  const r = await analyzeBytes(new Uint8Array(await readFile("templates/example-2024.xlsx")));
  if (!r.ok) throw new Error(r.error.code);
  example = r.value;
});

describe("the report .docx", () => {
  it("puts each section and each chart in its own content control, tags unique and stable", async () => {
    const files = await docx(example);
    const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    const tags = tagsOf(xml);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags).toEqual([
      "union-ledger:notice",
      "union-ledger:opening",
      "union-ledger:organization",
      "union-ledger:chart:dues-by-month",
      "union-ledger:fill:home",
      "union-ledger:activities",
      "union-ledger:fill:ideology",
      "union-ledger:activities:after-ideology",
      "union-ledger:fill:openness",
      "union-ledger:activities:after-openness",
      "union-ledger:fill:safety",
      "union-ledger:activities:after-safety",
      "union-ledger:chart:activities-by-category",
      "union-ledger:chart:spending-by-month",
      "union-ledger:care",
      "union-ledger:chart:condolences-by-reason",
      "union-ledger:finance",
      "union-ledger:weaknesses",
      "union-ledger:plans",
      "union-ledger:signature",
      "union-ledger:appendix-totals",
      "union-ledger:appendix-findings",
    ]);
    expect(xml.match(/<w:sdt>/g)?.length).toBe(tags.length);
    expect(xml.match(/<\/w:sdt>/g)?.length).toBe(tags.length);
    // Alias, tag and id as the report has always written them (reports already in Word are found by them).
    expect(controlsOf(xml)[2]).toBe(
      '<w:alias w:val="一、组织建设与会员管理"/><w:tag w:val="union-ledger:organization"/><w:id w:val="1002"/>',
    );
    expect(controlsOf(xml).map((c) => c.match(/w:id w:val="(\d+)"/)?.[1])).toEqual(
      tags.map((_, i) => String(1000 + i)),
    );
    // Native, editable charts: one chart part per chart control.
    expect(Object.keys(files).filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(4);
  });

  it("records the source workbook in custom document properties", async () => {
    const custom = strFromU8((await docx(example))["docProps/custom.xml"] ?? new Uint8Array());
    for (const name of [
      "union-ledger.sourceFile",
      "union-ledger.sourceSha256",
      "union-ledger.templateVersion",
      "union-ledger.generatedAt",
      "union-ledger.profile",
    ]) {
      expect(custom).toContain(`name="${name}"`);
    }
    expect(custom).toContain("test.xlsx");
    // One hash per text control (not per chart), so a refresh can tell which block a clerk edited.
    const xml = strFromU8((await docx(example))["word/document.xml"] ?? new Uint8Array());
    const textTags = tagsOf(xml).filter((t) => !t.startsWith("union-ledger:chart:"));
    const hashed = [...custom.matchAll(/name="union-ledger\.hash\.([^"]+)"/g)].map((m) => m[1]);
    expect(hashed).toEqual(textTags);
  });

  it("writes each control's content as a fragment, with the same hashes as the whole report", async () => {
    const real = async (t: string): Promise<string> =>
      Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(t))).toString("hex");
    const report = reportOf(example);
    const { fragments, link } = await writeReportFragments(report, { charts: NATIVE, sha256: real });
    const written = await writeReportDocx(report, { charts: NATIVE, sha256: real });
    expect(written.link).toEqual(link);
    const whole = unzipSync(written.docx);
    const tags = tagsOf(strFromU8(whole["word/document.xml"] ?? new Uint8Array()));
    expect([...fragments.keys()]).toEqual(tags);
    const RID = /r:id="[^"]*"|<wp:docPr id="\d+"/g;
    const wholeContent = new Map(
      [
        ...strFromU8(whole["word/document.xml"] ?? new Uint8Array()).matchAll(
          /<w:tag w:val="([^"]+)"\/>.*?<w:sdtContent>(.*?)<\/w:sdtContent>/gs,
        ),
      ].map((m) => [m[1] ?? "", m[2] ?? ""]),
    );
    const custom = new Map(
      [
        ...strFromU8(whole["docProps/custom.xml"] ?? new Uint8Array()).matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g),
      ].map((m) => [m[1] ?? "", m[2] ?? ""]),
    );
    expect(linkFromProperties(custom)?.hashes).toEqual(link.hashes);
    for (const [tag, { docx: bytes }] of fragments) {
      const xml = strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
      expect(xml, tag).not.toContain("<w:sdt>");
      // The same content as the whole report's control (relationship ids are random and drawing ids count up in docx).
      const body = /<w:body>(.*)<w:sectPr>/s.exec(xml)?.[1];
      expect(body, tag).toBeDefined();
      expect(wholeContent.get(tag)?.replace(RID, ""), tag).toBe(body?.replace(RID, ""));
    }
    // A section fragment holds its heading and text; the chart's fragment holds the chart.
    const org = strFromU8(
      unzipSync(fragments.get("union-ledger:organization")?.docx ?? new Uint8Array())["word/document.xml"] ??
        new Uint8Array(),
    );
    expect(org).toContain("组织建设");
    const chartTagName = tags.find((t) => t.startsWith("union-ledger:chart:")) ?? "";
    expect(
      Object.keys(unzipSync(fragments.get(chartTagName)?.docx ?? new Uint8Array())).some((k) =>
        k.startsWith("word/charts/"),
      ),
    ).toBe(true);
  });

  it("escapes whatever came from a cell: <, &, ]]>, quotes, control characters, emoji, very long names", async () => {
    const data = cleanData();
    const nasty = `<b>A&B</b> "quoted" ]]> \u0001\u0007tab\u000b 🎉💪 ${"很长的活动名称".repeat(40)}`;
    data.sheets["活动台账"] = [
      {
        seq: 1,
        date: "2024-04-20",
        name: nasty,
        category: "文体活动",
        participants: 500,
        cost: 1500,
        funding: "工会经费",
        handler: "周干事",
        approver: "王主席",
      },
    ];
    data.info = { ...data.info, unionName: "测试<工会>&“职工之家”" };
    // Through the written file: control characters are what the .xlsx round trip makes of them.
    const files = await docx(await analyzeDataViaFile(data));
    const dir = await mkdtemp(join(tmpdir(), "ul-docx-"));
    try {
      const path = join(dir, "document.xml");
      await writeFile(path, files["word/document.xml"] ?? new Uint8Array());
      await run("xmllint", ["--noout", path]); // throws (non-zero exit) on malformed XML
      const xml = await readFile(path, "utf8");
      expect(xml).toContain("&lt;b&gt;A&amp;B&lt;/b&gt;");
      expect(xml).toContain("🎉💪");
      expect(xml).toContain("测试&lt;工会&gt;&amp;“职工之家”");
      for (const c of ["\u0001", "\u0007", "\u000b"]) expect(xml).not.toContain(c);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("embeds PNG charts when asked to", async () => {
    // Distinct bytes per chart: docx stores identical pictures once.
    const png = (id: string): Uint8Array =>
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode(id)]);
    const pictures: ChartRenderer = {
      render: async (spec) =>
        new ImageRun({ type: "png", data: png(spec.id), transformation: { width: 100, height: 50 } }),
    };
    const files = await docx(example, pictures);
    expect(Object.keys(files).filter((k) => k.startsWith("word/media/"))).toHaveLength(4);
    expect(Object.keys(files).some((k) => k.startsWith("word/charts/"))).toBe(false);
  });
});

describe("the report in LibreOffice", () => {
  it("converts to PDF whose text has the title, every heading and the headline figures; page 1 saved as an artifact", async () => {
    // The example's report with native charts, converted by the global setup (tests/helpers/libreoffice-jobs.ts: report).
    const pdf = (await libreOffice("report", "pdf")).output;
    const dir = await mkdtemp(join(tmpdir(), "ul-pdf-"));
    try {
      await writeFile(join(dir, "r.pdf"), pdf);
      const { stdout } = await run("pdftotext", [join(dir, "r.pdf"), "-"]);
      const text = stdout.replace(/\s+/g, "");
      for (const s of [
        "江城精密机械有限公司工会委员会2024年工作总结",
        "一、组织建设与会员管理",
        "二、活动开展",
        "三、送温暖与慰问",
        "四、经费管理",
        "五、存在的不足",
        "六、2025年工作打算",
        "附件1：主要数据汇总表",
      ]) {
        expect(text).toContain(s);
      }
      expect(text).toContain(`共组织开展各类活动${example.totals.activities.count}次`);
      expect(text).toContain(moneyText(example.totals.condolences.amountFen));
      expect(text).toContain("尚有6处错误");
      await mkdir("artifacts", { recursive: true });
      await run("pdftoppm", [
        "-r",
        "70",
        "-png",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        join(dir, "r.pdf"),
        "artifacts/report-page1",
      ]);
      expect((await readFile("artifacts/report-page1.png")).subarray(1, 4).toString()).toBe("PNG");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

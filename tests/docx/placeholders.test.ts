import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChartRenderer } from "../../src/docx/blocks.js";
import { nativeChart } from "../../src/charts/native-chart.js";
import { carryFills } from "../../src/docx/carry-fills.js";
import { controlTexts } from "../../src/docx/units.js";
import { writeReportDocx } from "../../src/docx/write.js";
import { buildReport } from "../../src/narrative/build.js";
import { analyzeData, cleanData, ledgerBytes } from "../helpers/ledger.js";
import { TEST_SOURCE } from "../helpers/report.js";
import { activity, append, SHEET } from "../rules/support.js";
import { runMain } from "../fixtures-hand/cli.js";

const NATIVE: ChartRenderer = { render: async (spec) => nativeChart(spec) };
const docxOf = async (d: ReturnType<typeof cleanData>): Promise<Uint8Array> =>
  (
    await writeReportDocx(buildReport(await analyzeData(d), { source: TEST_SOURCE }), {
      charts: NATIVE,
      sha256: async (t) => String(t.length),
    })
  ).docx;
const documentXml = (docx: Uint8Array): string => strFromU8(unzipSync(docx)["word/document.xml"] ?? new Uint8Array());
const textIn = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
/** One control's whole content by its tag. */
const control = (xml: string, tag: string): string =>
  new RegExp(`<w:tag w:val="${tag}"/>.*?<w:sdtContent>(.*?)</w:sdtContent>`, "s").exec(xml)?.[1] ?? "";
/** The chairman writes in a place: its prompt replaced in the document's XML, as Word would save it. */
function write(docx: Uint8Array, tag: string, text: string): Uint8Array {
  const parts = unzipSync(docx);
  const xml = documentXml(docx);
  const inside = control(xml, tag);
  const edited = inside.replace(/【请补充：[^】]*】/u, text);
  parts["word/document.xml"] = strToU8(xml.replace(inside, edited));
  return zipSync(parts);
}

let first: Uint8Array;
beforeAll(async () => {
  first = await docxOf(cleanData());
});

describe("【请补充】 places in the .docx", () => {
  it("are controls of their own between the section's parts, marked yellow", () => {
    const xml = documentXml(first);
    const tags = [...xml.matchAll(/<w:tag w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    const at = (t: string): number => tags.indexOf(t);
    expect(at("union-ledger:fill:ideology")).toBeGreaterThan(at("union-ledger:activities"));
    expect(at("union-ledger:activities:after-ideology")).toBe(at("union-ledger:fill:ideology") + 1);
    expect(at("union-ledger:fill:home")).toBeGreaterThan(at("union-ledger:chart:dues-by-month"));
    const home = control(xml, "union-ledger:fill:home");
    expect(textIn(home)).toBe("【请补充：职工之家建设和工会自身建设情况】");
    expect(home).toContain('<w:pStyle w:val="UnionLedgerPlaceholder"/>');
    expect(home).toContain('<w:highlight w:val="yellow"/>');
    expect(strFromU8(unzipSync(first)["word/styles.xml"] ?? new Uint8Array())).toMatch(
      /w:styleId="UnionLedgerPlaceholder".*?<w:shd [^>]*w:fill="FFF2CC"/su,
    );
  });

  it("have their prompt as the text the link's hash is taken over", async () => {
    const report = buildReport(await analyzeData(cleanData()), { source: TEST_SOURCE });
    const texts = new Map(controlTexts(report).map((c) => [c.tag, c.text]));
    expect(texts.get("union-ledger:fill:safety")).toBe("【请补充：安全生产监督和劳动保护工作情况】");
    expect(texts.get("union-ledger:activities:after-safety")).toMatch(/^（四）文体活动/u);
  });
});

describe("a re-run keeps what the chairman wrote (carryFills)", () => {
  it("carries written places into the new report; everything else is the new report", async () => {
    const written = write(first, "union-ledger:fill:ideology", "本年组织理论学习12次。");
    const d = cleanData();
    append(d, SHEET.activities, activity("秋季运动会", "2024-10-01", 5000, { participants: 200 }));
    const next = await docxOf(d);
    const carried = carryFills(written, next);
    expect(carried.kept).toEqual(["union-ledger:fill:ideology"]);
    const xml = documentXml(carried.bytes);
    expect(textIn(control(xml, "union-ledger:fill:ideology"))).toBe("本年组织理论学习12次。");
    expect(textIn(control(xml, "union-ledger:fill:home"))).toContain("【请补充：");
    expect(textIn(xml)).toContain("秋季运动会");
  });

  it("leaves a place that holds a picture (it would point into the old package) and says so", async () => {
    const parts = unzipSync(first);
    const xml = documentXml(first);
    const inside = control(xml, "union-ledger:fill:home");
    parts["word/document.xml"] = strToU8(
      xml.replace(inside, `${inside}<w:p><w:r><w:drawing r:embed="rId99"/></w:r></w:p>`),
    );
    const carried = carryFills(zipSync(parts), first);
    expect(carried).toMatchObject({ kept: [], skipped: ["union-ledger:fill:home"] });
  });

  it("`report --force` over the old report keeps the written place and tells the clerk", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ul-fill-"));
    try {
      const input = join(dir, "台账.xlsx");
      const out = join(dir, "总结.docx");
      await writeFile(input, await ledgerBytes(cleanData()));
      expect((await runMain(["report", input, "-o", out])).code).toBe(0);
      await writeFile(
        out,
        write(new Uint8Array(await readFile(out)), "union-ledger:fill:openness", "签订集体合同1份。"),
      );
      const again = await runMain(["report", input, "-o", out, "--force"]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).toContain("已保留原报告中1处");
      const xml = documentXml(new Uint8Array(await readFile(out)));
      expect(textIn(control(xml, "union-ledger:fill:openness"))).toBe("签订集体合同1份。");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import type { ChartRenderer } from "../../src/docx/blocks.js";
import { nativeChart } from "../../src/charts/native-chart.js";
import { signatureIndents } from "../../src/docx/signature.js";
import { TEXT_WIDTH } from "../../src/docx/styles.js";
import { titleLines } from "../../src/docx/title.js";
import { writeReportDocx } from "../../src/docx/write.js";
import { localIsoDate, type IsoDate } from "../../src/dates/calendar-date.js";
import { buildReport } from "../../src/narrative/build.js";
import { dateText } from "../../src/narrative/format.js";
import type { Report } from "../../src/report/model.js";
import { readFile } from "node:fs/promises";
import { analyzeData, cleanData, profileById } from "../helpers/ledger.js";
import { TEST_SOURCE, sectionText } from "../helpers/report.js";

const NATIVE: ChartRenderer = { render: async (spec) => nativeChart(spec) };
const sha256 = async (t: string): Promise<string> => String(t.length);

async function parts(report: Report): Promise<Record<string, string>> {
  const files = unzipSync((await writeReportDocx(report, { charts: NATIVE, sha256 })).docx);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** The body's paragraphs (w:p), outermost only, in order: inside content controls too, not inside tables. */
const paragraphsOf = (xml: string): string[] =>
  [...xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, "").matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map((m) => m[0]);
const textIn = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
/** One content control's content by its tag. */
const control = (xml: string, tag: string): string =>
  new RegExp(`<w:tag w:val="${tag}"/>.*?<w:sdtContent>(.*?)</w:sdtContent>`, "s").exec(xml)?.[1] ?? "";

let example: Analysis;
let files: Record<string, string>;
beforeAll(async () => {
  const r = await analyzeBytes(new Uint8Array(await readFile("templates/example-2024.xlsx")));
  if (!r.ok) throw new Error(r.error.code);
  example = r.value;
  files = await parts(buildReport(example, { source: TEST_SOURCE, today: "2025-03-02" as IsoDate }));
});

describe("the page (GB/T 9704 as it fits a 工作总结)", () => {
  it("numbers every page in the footer: — PAGE —, centred, 宋体 四号", () => {
    const doc = files["word/document.xml"] ?? "";
    expect(doc).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    const footer = files["word/footer1.xml"] ?? "";
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(footer).toMatch(
      /<w:fldChar w:fldCharType="begin"\/>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:fldChar w:fldCharType="end"\/>/s,
    );
    expect(textIn(footer)).toBe("—  —");
    expect(footer.indexOf(">— <")).toBeLessThan(footer.indexOf("PAGE"));
    expect(footer.indexOf("> —<")).toBeGreaterThan(footer.indexOf("PAGE"));
    expect(footer).toContain('w:eastAsia="宋体"');
    expect(footer).toContain('<w:sz w:val="28"/>');
  });

  it("breaks the title between the union's name and the rest, never inside a word", () => {
    const title = paragraphsOf(files["word/document.xml"] ?? "")[0] ?? "";
    expect(title).toMatch(/>江城精密机械有限公司工会委员会<\/w:t><\/w:r><w:r>.*<w:br\/><w:t[^>]*>2024年工作总结</s);
    expect(titleLines("某单位工会2024年工作总结", "某单位工会")).toEqual(["某单位工会", "2024年工作总结"]);
    // A name longer than a line (20 characters of 二号) is broken before its 工会委员会, not wherever the line ends.
    const long = "江城市高新技术产业开发区精密机械制造有限责任公司工会委员会";
    expect(titleLines(`${long}2024年工作总结`, long)).toEqual([
      "江城市高新技术产业开发区精密机械制造有限责任公司",
      "工会委员会",
      "2024年工作总结",
    ]);
    // A title that does not start with the name, or is the name only, is one line.
    expect(titleLines("2024年工作总结", "某工会")).toEqual(["2024年工作总结"]);
    expect(titleLines("2024年工作总结", "")).toEqual(["2024年工作总结"]);
  });

  it("sets headings in heading styles: 一、 黑体 and （一） 楷体, bold, with outline levels; body 仿宋", () => {
    const styles = files["word/styles.xml"] ?? "";
    const style = (id: string): string =>
      new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`, "s").exec(styles)?.[0] ?? "";
    const h1 = style("UnionLedgerHeading1");
    const h2 = style("UnionLedgerHeading2");
    expect(h1).toContain('w:eastAsia="黑体"');
    expect(h1).toContain("<w:b/>");
    expect(h1).toContain('<w:outlineLvl w:val="0"/>');
    expect(h2).toContain('w:eastAsia="楷体_GB2312"');
    expect(h2).toContain("<w:b/>");
    expect(h2).toContain('<w:outlineLvl w:val="1"/>');
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="仿宋_GB2312".*<\/w:docDefaults>/s);
    // Every section heading is in the style (and carries its font and bold directly too).
    const doc = files["word/document.xml"] ?? "";
    const headings = paragraphsOf(doc).filter((p) => p.includes('<w:pStyle w:val="UnionLedgerHeading1"/>'));
    expect(headings.map(textIn)).toEqual(expect.arrayContaining(["一、组织建设与会员管理", "附件1：主要数据汇总表"]));
    for (const h of headings) expect(h).toMatch(/w:eastAsia="黑体".*<w:b\/>/s);
  });

  it("names the fallbacks of each East Asian font in the font table (altName list, panose, charset, family)", () => {
    const table = files["word/fontTable.xml"] ?? "";
    const entry = (name: string): string =>
      new RegExp(`<w:font w:name="${name}">.*?</w:font>`, "s").exec(table)?.[0] ?? "";
    for (const [name, alt] of [
      ["黑体", "SimHei"],
      ["楷体_GB2312", "KaiTi"],
      ["仿宋_GB2312", "FangSong"],
      ["方正小标宋简体", "SimSun"],
      ["宋体", "SimSun"],
    ] as const) {
      const e = entry(name);
      expect(e, name).toMatch(new RegExp(`<w:altName w:val="[^"]*\\b${alt}\\b[^"]*,[^"]*Noto[^"]*"/>`));
      expect(e, name).toContain('<w:charset w:val="86"/>');
      expect(e, name).toMatch(
        /<w:panose1 w:val="[0-9A-F]{20}"\/><w:charset w:val="86"\/><w:family w:val="\w+"\/><w:pitch/,
      );
    }
  });
});

describe("落款", () => {
  it("ends the body with the union's name and the 填报日期, right-aligned, in a control of its own before the appendices", () => {
    const doc = files["word/document.xml"] ?? "";
    const tags = [...doc.matchAll(/<w:tag w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(tags.slice(tags.indexOf("union-ledger:plans"), tags.indexOf("union-ledger:plans") + 3)).toEqual([
      "union-ledger:plans",
      "union-ledger:signature",
      "union-ledger:appendix-totals",
    ]);
    const lines = paragraphsOf(control(doc, "union-ledger:signature"));
    // The example's 填报日期 is 2025-01-10: it wins over today.
    expect(lines.map(textIn)).toEqual(["江城精密机械有限公司工会委员会", "2025年1月10日"]);
    for (const l of lines) expect(l).toContain('<w:jc w:val="right"/>');
    // GB/T 9704 7.3.5.3: the name two ems from the right, the date starting two ems right of the name's start.
    const right = lines.map((l) => Number(/<w:ind w:right="(\d+)"\/>/.exec(l)?.[1]));
    // The date is 6½ ems of characters and ¼ em between each digit and CJK character (Word's autospace).
    expect(right).toEqual([640, Math.round((15 - 6.5 - 1.25) * 320)]);
    // Only one: the plans section does not end with a 落款 of its own.
    expect(textIn(control(doc, "union-ledger:plans"))).not.toContain("2025年1月10日");
  });

  it("is dated today (passed in) without a 填报日期, and only the date without a name", async () => {
    const a = await analyzeData(cleanData());
    expect(a.ledger.info.filedOn).toBeUndefined();
    const r = buildReport(a, { source: TEST_SOURCE, today: "2025-01-15" as IsoDate });
    expect(r.signature).toEqual({ name: "测试工会", date: "2025年1月15日" });
    // Without either, the name alone; the writer leaves the empty line out.
    expect(buildReport(a, { source: TEST_SOURCE }).signature).toEqual({ name: "测试工会", date: "" });
    const unnamed = await analyzeData({ ...cleanData(), info: { ...cleanData().info, unionName: "" } });
    expect(buildReport(unnamed, { source: TEST_SOURCE }).signature).toBeNull();
  });

  it("writes dates as GB/T 9704 does, from the local calendar (no time zone drift)", () => {
    expect(dateText("2025-01-05" as IsoDate)).toBe("2025年1月5日");
    expect(dateText("2024-12-31" as IsoDate)).toBe("2024年12月31日");
    // 00:30 local on 15 January is the 15th wherever the test runs (UTC would say the 14th east of Greenwich).
    expect(localIsoDate(new Date(2025, 0, 15, 0, 30))).toBe("2025-01-15");
    expect(localIsoDate(new Date(2025, 0, 15, 23, 59))).toBe("2025-01-15");
    expect(localIsoDate(new Date(Number.NaN))).toBeUndefined();
  });

  it("indents the lines as GB/T 9704 7.3.5.3 has it, a long date moving the name left", () => {
    expect(signatureIndents("某某公司工会委员会", "2025年1月15日")).toEqual({ name: 2.75, date: 2 });
    expect(signatureIndents("江城精密机械有限公司工会委员会", "2025年1月15日")).toEqual({ name: 2, date: 15 - 7.75 });
    expect(signatureIndents("某工会", "2025年12月15日")).toEqual({ name: 2 + 8.25 + 2 - 3, date: 2 });
    expect(signatureIndents("", "2025年1月15日")).toEqual({ name: 0, date: 2 });
  });
});

describe("tables", () => {
  const grid = (tbl: string): number[] => [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  const tables = (): string[] =>
    [...(files["word/document.xml"] ?? "").matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);

  it("gives the errors appendix narrow sheet and cell columns and a wide message column, fixed, the text's width", () => {
    const errors = tables().find((t) => t.includes(">问题<")) ?? "";
    const [sheet = 0, cell = 0, message = 0] = grid(errors);
    expect(sheet + cell + message).toBe(TEXT_WIDTH);
    expect(message).toBeGreaterThan(2 * (sheet + cell));
    // Wide enough for "慰问金台账" (5 characters of 五号) and "Q14" on one line.
    expect(sheet).toBeGreaterThanOrEqual(5 * 210);
    expect(cell).toBeGreaterThanOrEqual(3 * 210);
    expect(errors).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it("keeps numbers whole and right-aligned: a column at least as wide as its widest number, no breaking space", () => {
    const main = tables().find((t) => t.includes(">项目<")) ?? "";
    const widths = grid(main);
    const rows = [...main.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) =>
      [...m[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => c[0]),
    );
    const values = rows.slice(1).map((r) => r[1] ?? "");
    for (const v of values) expect(v).toContain('<w:jc w:val="right"/>');
    // "80 / 9100": the spaces are non-breaking.
    const pair = values.map(textIn).find((t) => t.includes("/")) ?? "";
    expect(pair).toMatch(/^\d+\u00A0\/\u00A0\d+$/);
    // 大写 is the widest value: the column holds it on one line (half-width digits ½ em, 五号 210 twips an em).
    const widest = Math.max(...values.map((v) => [...textIn(v)].reduce((n, ch) => n + (ch < "\u1100" ? 0.5 : 1), 0)));
    expect(widths[1]).toBeGreaterThan(widest * 210);
  });
});

describe("书名号", () => {
  it("puts an official profile's rule in 书名号, not a reference profile's name", async () => {
    const official = await analyzeData(
      { ...cleanData(), info: { ...cleanData().info, profileId: "anhui-2018" } },
      { profile: profileById("anhui-2018") },
    );
    expect(sectionText(buildReport(official, { source: TEST_SOURCE }), "finance")).toContain(
      "对照《安徽省基层工会经费收支管理实施办法》，",
    );
    const reference = await analyzeData(cleanData());
    const text = sectionText(buildReport(reference, { source: TEST_SOURCE }), "finance");
    expect(text).toContain("对照通用参考方案（非官方标准），");
    expect(text).not.toContain("《");
  });
});

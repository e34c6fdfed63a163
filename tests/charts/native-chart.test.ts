import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { docxColor, nativeChartOptions } from "../../src/charts/native-chart.js";
import type { ChartSpec } from "../../src/charts/spec.js";
import { libreOffice } from "../helpers/libreoffice-results.js";
import { chartsDocx } from "./charts-docx.js";
import { exampleSpecs, specById } from "./fixtures.js";

const run = promisify(execFile);

/** What docx writes for a number in `c:v` (JavaScript's shortest round-trip form). */
const cv = (v: number | string): string => `<c:v>${v}</c:v>`;

let specs: ChartSpec[] = [];
let docxBytes: Uint8Array = new Uint8Array();

beforeAll(async () => {
  specs = await exampleSpecs();
  docxBytes = await chartsDocx(specs);
});

describe("nativeChartOptions", () => {
  it("makes a column chart with lines for line series, on the secondary axis for axis 1", () => {
    const options = nativeChartOptions(specById(specs, "activities-by-category"));
    expect(options.type).toBe("column");
    if (options.type !== "column") throw new Error("unreachable");
    expect(options.title).toMatchObject({ text: "各类活动开展情况" });
    expect(options.series.map((s) => [s.name, s.type, s.axis, s.color])).toEqual([
      ["活动次数", "column", "primary", "0072B2"],
      ["活动费用（元）", "line", "secondary", "E69F00"],
    ]);
    expect(options.valueAxis?.title).toMatchObject({ text: "次" });
    expect(options.secondaryValueAxis?.title).toMatchObject({ text: "元" });
    expect(options.categoryAxis?.labelRotation).toBe(-45);
    expect(options.altText?.description).toContain("文体活动");
  });

  it("has no secondary axis for a one-axis chart, and thousands separators on 元", () => {
    const options = nativeChartOptions(specById(specs, "spending-by-month"));
    if (options.type !== "column") throw new Error("expected a column chart");
    expect(options.secondaryValueAxis).toBeUndefined();
    expect(options.valueAxis?.numberFormat).toBe("#,##0");
    expect(options.categoryAxis?.labelRotation).toBeUndefined();
  });

  it("converts CSS colours to the hex digits DrawingML takes, and refuses others", () => {
    expect(docxColor("#0072B2")).toBe("0072B2");
    expect(docxColor("#abc")).toBe("AABBCC");
    expect(() => docxColor("red")).toThrow(/#RRGGBB/);
  });
});

describe("native charts in a docx", () => {
  it("are chart parts holding the titles, categories, series names, values and colours", () => {
    const files = unzipSync(docxBytes);
    const charts = Object.keys(files)
      .filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name))
      .sort();
    expect(charts).toEqual([
      "word/charts/chart1.xml",
      "word/charts/chart2.xml",
      "word/charts/chart3.xml",
      "word/charts/chart4.xml",
    ]);
    const document = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    expect(document.match(/<c:chart\b/g)).toHaveLength(4);
    specs.forEach((spec, i) => {
      const xml = strFromU8(files[`word/charts/chart${i + 1}.xml`] ?? new Uint8Array());
      expect(xml).toContain(`<a:t>${spec.title}</a:t>`);
      for (const category of spec.categories) expect(xml).toContain(cv(category));
      for (const s of spec.series) {
        expect(xml).toContain(cv(s.name));
        for (const v of s.values) expect(xml).toContain(cv(v));
        expect(xml).toContain(`<a:srgbClr val="${s.color.slice(1)}"/>`);
      }
      const hasLine = spec.series.some((s) => s.type === "line");
      expect(xml.includes("<c:lineChart>"), spec.id).toBe(hasLine);
      expect(xml).toContain("<c:barChart>");
      // Two value axes (one per axis group) only when a series is on the right.
      expect(xml.match(/<c:valAx>/g)?.length, spec.id).toBe(spec.series.some((s) => s.axis === 1) ? 2 : 1);
      // Each chart keeps its data in an embedded workbook for Word's "Edit Data".
      expect(Object.keys(files)).toContain(`word/embeddings/Microsoft_Excel_Worksheet${i + 1}.xlsx`);
    });
  });

  it("open in LibreOffice, which draws their titles, legends and labels into the PDF", async () => {
    // The same document (chartsDocx of the example's specs), converted by the global setup
    // (tests/helpers/libreoffice-jobs.ts: charts).
    const pdf = (await libreOffice("charts", "pdf")).output;
    const dir = await mkdtemp(join(tmpdir(), "ul-charts-pdf-"));
    try {
      await writeFile(join(dir, "charts.pdf"), pdf);
      const { stdout } = await run("pdftotext", [join(dir, "charts.pdf"), "-"]);
      const text = stdout.replace(/\s+/g, "");
      for (const spec of specs) {
        expect(text, spec.id).toContain(spec.title);
        for (const s of spec.series) expect(text, `${spec.id} legend`).toContain(s.name);
      }
      // Unslanted category labels come through as text too; "12,000"-style axis labels show the number format.
      expect(text).toContain("12月");
      expect(text).toMatch(/\d{1,3},\d{3}/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

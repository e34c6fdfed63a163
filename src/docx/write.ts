import { AlignmentType, Document, Packer, Paragraph, TextRun, type Table } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { chartTag, sectionTag, type Report, type Section } from "../report/model.js";
import { bodyParagraph, chartBlocks, headingParagraph, tableBlocks, type ChartRenderer } from "./blocks.js";
import { Markers, wrapContentControls } from "./markers.js";
import { FONTS, PAGE, SIZES, font } from "./styles.js";
import { sectionText } from "./section-text.js";

export interface DocxOptions {
  readonly charts: ChartRenderer;
  /** Random hex for the marker nonce; injected so tests are reproducible. */
  readonly nonce: string;
  /** SHA-256 (hex) of a string: WebCrypto in both Node and the browser. */
  readonly sha256: (text: string) => Promise<string>;
}

type Child = Paragraph | Table;

async function sectionChildren(s: Section, markers: Markers, charts: ChartRenderer): Promise<Child[]> {
  const own = markers.control({ tag: sectionTag(s.id), title: s.title || "开头" });
  const out: Child[] = [own.begin];
  if (s.title) out.push(headingParagraph(s.title, 1));
  const pending: Child[] = [];
  for (const b of s.blocks) {
    if (b.kind === "paragraph") out.push(bodyParagraph(b));
    else if (b.kind === "heading") out.push(headingParagraph(b.text, b.level));
    else if (b.kind === "table") out.push(...tableBlocks(b));
    else {
      // Each chart in its own control after the section's, so refreshing text never drops a chart.
      const chart = markers.control({ tag: chartTag(b.chart.id), title: b.chart.title });
      pending.push(chart.begin, ...(await chartBlocks(b, charts)), chart.end);
    }
  }
  out.push(own.end, ...pending);
  return out;
}

/**
 * Report model → .docx bytes: A4, 公文 fonts, each section and chart in a tagged content control,
 * and the source workbook recorded in custom document properties for the Word add-in's refresh.
 */
export async function writeReportDocx(report: Report, o: DocxOptions): Promise<Uint8Array> {
  const markers = new Markers(o.nonce);
  const children: Child[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [new TextRun({ text: report.title, font: font(FONTS.title), size: SIZES.title })],
    }),
  ];
  if (report.notice) {
    const notice = markers.control({ tag: sectionTag("notice"), title: "数据说明" });
    children.push(notice.begin, bodyParagraph(report.notice), notice.end);
  }
  for (const s of report.sections) children.push(...(await sectionChildren(s, markers, o.charts)));
  for (const s of report.appendices) {
    children.push(new Paragraph({ pageBreakBefore: true, children: [] }), ...(await sectionChildren(s, markers, o.charts)));
  }
  const hashes = await Promise.all([...report.sections, ...report.appendices].map(async (s) => [s.id, await o.sha256(sectionText(s))] as const));
  const src = report.source;
  const doc = new Document({
    creator: "union-ledger",
    title: report.title,
    description: `由工会台账助手根据 ${src.fileName} 生成`,
    customProperties: [
      { name: "union-ledger.sourceFile", value: src.fileName },
      { name: "union-ledger.sourceSha256", value: src.sha256 },
      { name: "union-ledger.templateVersion", value: src.templateVersion ?? "" },
      { name: "union-ledger.generatedAt", value: src.generatedAt },
      { name: "union-ledger.profile", value: src.profileId },
      // What each section said when written, so a refresh can tell a clerk's edit from ours.
      { name: "union-ledger.sectionHashes", value: JSON.stringify(Object.fromEntries(hashes)) },
    ],
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZES.body } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } }, children }],
  });
  const packed = await Packer.pack(doc, "uint8array");
  const files = unzipSync(packed);
  const main = files["word/document.xml"];
  if (!main) throw new Error("docx package wrote no word/document.xml");
  files["word/document.xml"] = strToU8(wrapContentControls(strFromU8(main), markers));
  // Level 1: the parts are small; the docx package already spent its time compressing once.
  return zipSync(files, { level: 1 });
}

import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Report } from "../report/model.js";
import type { ChartRenderer } from "./blocks.js";
import { linkProperties, type LinkRecord } from "./link.js";
import { Markers, wrapContentControls } from "./markers.js";
import { placePictures } from "./picture-run.js";
import { FONTS, PAGE, SIZES, font } from "./styles.js";
import { textHash } from "./text-hash.js";
import { controlTexts, reportUnits, type Child } from "./units.js";

export interface DocxOptions {
  readonly charts: ChartRenderer;
  /** Random hex for the marker nonce; injected so tests are reproducible. */
  readonly nonce: string;
  /** SHA-256 (hex) of a string: WebCrypto in both Node and the browser. */
  readonly sha256: (text: string) => Promise<string>;
}

/** One A4 公文 document around `children`; the same page and fonts for whole reports and fragments. */
async function pack(children: readonly Child[], meta: { title: string; description: string; properties: { name: string; value: string }[] }): Promise<Record<string, Uint8Array>> {
  const doc = new Document({
    creator: "union-ledger",
    title: meta.title,
    description: meta.description,
    customProperties: meta.properties,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZES.body } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } }, children: [...children] }],
  });
  return unzipSync(await Packer.pack(doc, "uint8array"));
}

/**
 * The package's parts zipped, each picture in place of its placeholder (picture-run.ts): put last, so that pictures
 * still being drawn are waited for only now. Level 1: the parts are small; the docx package already spent its time
 * compressing once.
 */
async function zip(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  await placePictures(files);
  return zipSync(files, { level: 1 });
}

/** The link record a report carries: its source and the hash of every text control as written. */
export async function reportLink(report: Report, sha256: DocxOptions["sha256"]): Promise<LinkRecord> {
  const src = report.source;
  const hashes: Record<string, string> = {};
  for (const u of controlTexts(report)) hashes[u.tag] = await textHash(u.text, sha256);
  return { sourceFile: src.fileName, sourceSha256: src.sha256, templateVersion: src.templateVersion ?? "", generatedAt: src.generatedAt, profile: src.profileId, hashes };
}

/**
 * Report model → .docx bytes: A4, 公文 fonts, each section and chart in a tagged content control,
 * and the link record (source workbook, hashes) in custom document properties, which the Word
 * add-in reads to refresh a report — the CLI's as well as its own.
 */
export async function writeReportDocx(report: Report, o: DocxOptions, acknowledgement?: string): Promise<Uint8Array> {
  const units = await reportUnits(report, o.charts);
  const markers = new Markers(o.nonce);
  const children: Child[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [new TextRun({ text: report.title, font: font(FONTS.title), size: SIZES.title })],
    }),
  ];
  for (const u of units) {
    const m = markers.control({ tag: u.tag, title: u.title });
    children.push(m.begin, ...u.children, m.end);
  }
  const link = await reportLink(report, o.sha256);
  const files = await pack(children, {
    title: report.title,
    description: `由工会台账助手根据 ${report.source.fileName} 生成`,
    properties: linkProperties(acknowledgement ? { ...link, acknowledgement } : link),
  });
  const main = files["word/document.xml"];
  if (!main) throw new Error("docx package wrote no word/document.xml");
  files["word/document.xml"] = strToU8(wrapContentControls(strFromU8(main), markers));
  return await zip(files);
}

/** One control's content as its own .docx, with the control's title (for a control made anew). */
export interface Fragment {
  readonly title: string;
  readonly docx: Uint8Array;
}

/**
 * Each control's content as a .docx of its own (no control around it), by tag: what the Word pane
 * puts into an existing control with one "Replace" insert, so a refresh rewrites only our blocks.
 */
export async function writeReportFragments(report: Report, o: DocxOptions): Promise<{ fragments: Map<string, Fragment>; link: LinkRecord }> {
  const units = await reportUnits(report, o.charts);
  const fragments = new Map<string, Fragment>();
  for (const u of units) fragments.set(u.tag, { title: u.title, docx: await zip(await pack(u.children, { title: u.title, description: "", properties: [] })) });
  return { fragments, link: await reportLink(report, o.sha256) };
}

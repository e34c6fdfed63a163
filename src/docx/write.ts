import { Document, Packer, type FileChild } from "docx";
import type { Report } from "../report/model.js";
import type { ChartRenderer } from "./blocks.js";
import { BlockControl, FIRST_CONTROL_ID } from "./content-control.js";
import { linkProperties, type LinkRecord } from "./link.js";
import { FONT_TABLE_PATH, FONT_TABLE_XML } from "./font-table.js";
import { pageFooter } from "./page-footer.js";
import { PARAGRAPH_STYLES } from "./paragraph-styles.js";
import { FONTS, PAGE, SIZES, font } from "./styles.js";
import { titleParagraph } from "./title.js";
import { textHash } from "./text-hash.js";
import { controlTexts, reportUnits } from "./units.js";

export interface DocxOptions {
  readonly charts: ChartRenderer;
  /** SHA-256 (hex) of a string: WebCrypto in both Node and the browser. */
  readonly sha256: (text: string) => Promise<string>;
}

/** A document laid out (docx's tree, not yet packed) and the link record it carries. */
export interface ReportDocument {
  readonly document: Document;
  readonly link: LinkRecord;
}

/** A written .docx and the link record it carries. */
export interface WrittenReport {
  readonly docx: Uint8Array;
  readonly link: LinkRecord;
}

/** The packed .docx, its font table naming the fallbacks of the 公文 fonts (font-table.ts). */
const pack = (d: Document): Promise<Uint8Array> =>
  Packer.pack(d, "uint8array", false, [{ path: FONT_TABLE_PATH, data: FONT_TABLE_XML }]);

/**
 * One A4 公文 document around `children`; the same page and fonts for whole reports and fragments. A whole report
 * has the page number in its footer; a fragment goes into a document that has its own.
 */
function a4Document(
  children: readonly FileChild[],
  meta: { title: string; description: string; properties: { name: string; value: string }[]; numbered: boolean },
): Document {
  return new Document({
    creator: "union-ledger",
    title: meta.title,
    description: meta.description,
    customProperties: meta.properties,
    styles: {
      default: { document: { run: { font: font(FONTS.body), size: SIZES.body } } },
      paragraphStyles: [...PARAGRAPH_STYLES],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        ...(meta.numbered ? { footers: { default: pageFooter() } } : {}),
        children: [...children],
      },
    ],
  });
}

/** The link record a report carries: its source and the hash of every text control as written. */
async function reportLink(report: Report, sha256: DocxOptions["sha256"]): Promise<LinkRecord> {
  const src = report.source;
  const hashes: Record<string, string> = {};
  for (const u of controlTexts(report)) hashes[u.tag] = await textHash(u.text, sha256);
  return {
    sourceFile: src.fileName,
    sourceSha256: src.sha256,
    templateVersion: src.templateVersion ?? "",
    generatedAt: src.generatedAt,
    profile: src.profileId,
    hashes,
  };
}

/**
 * Report model → docx's document tree: the title, then each section and chart in a tagged content control, and the
 * link record (source workbook, hashes; the acknowledgement if given) in custom document properties, which the Word
 * add-in reads to refresh a report — the CLI's as well as its own.
 */
export async function reportDocument(
  report: Report,
  o: DocxOptions,
  acknowledgement?: string,
): Promise<ReportDocument> {
  const units = await reportUnits(report, o.charts);
  const title = titleParagraph(report.title, report.unionName);
  const controls = units.map((u, i) => new BlockControl(u, FIRST_CONTROL_ID + i, u.children));
  const base = await reportLink(report, o.sha256);
  const link = acknowledgement ? { ...base, acknowledgement } : base;
  const document = a4Document([title, ...controls], {
    title: report.title,
    description: `由工会台账助手根据 ${report.source.fileName} 生成`,
    properties: linkProperties(link),
    numbered: true,
  });
  return { document, link };
}

/** Report model → .docx bytes (A4, 公文 fonts, tagged content controls) and the link record written into it. */
export async function writeReportDocx(
  report: Report,
  o: DocxOptions,
  acknowledgement?: string,
): Promise<WrittenReport> {
  const { document, link } = await reportDocument(report, o, acknowledgement);
  return { docx: await pack(document), link };
}

/** One control's content as its own .docx, with the control's title (for a control made anew). */
export interface Fragment {
  readonly title: string;
  readonly docx: Uint8Array;
}

/**
 * Each control's content as a .docx of its own (no control around it), by tag: what the Word pane
 * puts into an existing control with one "Replace" insert, so a refresh rewrites only our blocks.
 * The same units as the whole report's controls hold, laid out on the same page.
 */
export async function writeReportFragments(
  report: Report,
  o: DocxOptions,
): Promise<{ fragments: Map<string, Fragment>; link: LinkRecord }> {
  const units = await reportUnits(report, o.charts);
  const fragments = new Map<string, Fragment>();
  for (const u of units) {
    fragments.set(u.tag, {
      title: u.title,
      docx: await pack(a4Document(u.children, { title: u.title, description: "", properties: [], numbered: false })),
    });
  }
  return { fragments, link: await reportLink(report, o.sha256) };
}

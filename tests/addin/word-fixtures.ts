import { wordHost } from "../../addin/host/word/word-host.js";
import type { DocumentHost } from "../../addin/host/host.js";
import type { Analysis } from "../../src/analysis/analyze.js";
import type { ChartRenderer } from "../../src/docx/blocks.js";
import type { LinkRecord } from "../../src/docx/link.js";
import { pictureRun } from "../../src/docx/picture-run.js";
import { writeReportDocx, writeReportFragments, type Fragment } from "../../src/docx/write.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { reportOf } from "../helpers/report.js";
import { toBase64 } from "../../addin/browser/base64.js";
import { linkFromProperties } from "../../src/docx/link.js";
import type { RequirementSets } from "./fakes/office-runtime.js";
import { FakeWord } from "./fakes/fake-word.js";
import { docxNodes } from "./fakes/word-docx.js";
import { controls, controlText, wordDocument, type BodyNode, type ControlNode } from "./fakes/word-state.js";

/** A 1×1 PNG: the pane inserts charts as pictures (addin.md); their pixels do not matter here. */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);
export const PNG_CHARTS: ChartRenderer = { render: async (spec) => pictureRun(spec, PNG, 1, 1) };

export const sha256 = async (text: string): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");

const options = { charts: PNG_CHARTS, sha256 };

export interface ReportFiles {
  readonly docx: Uint8Array;
  readonly fragments: Map<string, Fragment>;
  readonly link: LinkRecord;
}

export async function reportFiles(a: Analysis): Promise<ReportFiles> {
  const report = reportOf(a);
  const { fragments, link } = await writeReportFragments(report, options);
  return { docx: (await writeReportDocx(report, options)).docx, fragments, link };
}

/** Last year's first draft: no condolences yet (no 送温暖 section) and an activity dated 2023 (an error: notice + findings appendix). */
export async function firstDraft(): Promise<Analysis> {
  const data = cleanData();
  const activities = data.sheets["活动台账"] ?? [];
  return analyzeData({
    ...data,
    sheets: { ...data.sheets, 慰问金台账: [], 活动台账: activities.map((r) => ({ ...r, date: "2023-04-20" })) },
  });
}

/** The corrected workbook: condolences entered, the date fixed, the activity's cost corrected. */
export async function corrected(): Promise<Analysis> {
  const data = cleanData();
  const activities = data.sheets["活动台账"] ?? [];
  return analyzeData({ ...data, sheets: { ...data.sheets, 活动台账: activities.map((r) => ({ ...r, cost: 1800 })) } });
}

export const documentHost = (fake: FakeWord): DocumentHost =>
  wordHost({ run: fake.officeRun, isSetSupported: fake.isSetSupported, settings: fake.settings });

/** The clerk's own letter; the report goes after its second paragraph. */
export const CLERK = ["尊敬的各位委员：", "现将本会年度工作总结报告如下。", "此致　敬礼"];

/** The letter with the cursor in its second paragraph and a report inserted there; `clerk` are the letter's nodes. */
export async function letterWithReport(
  files: ReportFiles,
  requirements?: RequirementSets,
): Promise<{ fake: FakeWord; clerk: BodyNode[] }> {
  const fake = new FakeWord(wordDocument(CLERK, 1), requirements ? { requirements } : {});
  const clerk = [...fake.doc.body];
  await documentHost(fake).insertAtCursor(files.docx, files.link);
  return { fake, clerk };
}

export const propertiesLink = (fake: FakeWord): LinkRecord | undefined =>
  linkFromProperties(new Map([...fake.doc.properties].map(([k, v]) => [k, String(v)])));

export const byTag = (fake: FakeWord, tag: string): ControlNode | undefined =>
  controls(fake.doc).find((c) => c.tag === tag);

/** A fragment's text once Word holds it in a control. */
export const fragmentText = (docx: Uint8Array): string =>
  controlText({
    kind: "control",
    id: 0,
    tag: "",
    title: "",
    content: docxNodes(toBase64(docx), () => 0).flatMap((n) => (n.kind === "control" ? n.content : [n])),
  });

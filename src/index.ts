/**
 * union-ledger's public entry: `import { … } from "union-ledger"`. Browser-safe (no Node built-in is reached from
 * here; Node's inflate, file helpers and PNG charts are `union-ledger/node`, src/node/index.ts).
 *
 * Importing it is cheap: the types, the message registries and small pure functions are exported as they are, and
 * the heavy operations (reading and checking a workbook, the narrative, the .docx writer, the template writer) are
 * async functions that `await import()` their module on first call, so bundlers (webpack for the add-in, esbuild
 * for the CLI) keep each in a chunk of its own. The `webpackChunkName` comments name those chunks in the add-in's
 * build: "reader"/"rules" (the analysis, from bytes or from a source), "narrative", "docx-writer" (shared with the
 * add-in's own writer module, so they load together); they are comments to every other tool.
 *
 * Every expected failure is a returned `Result` whose error is data (a code and its parameters); its words come
 * from the zh-CN/en registries exported here (`inputErrorMessage`, `findingMessage`, `profileProblemMessage`).
 *
 * Lower-level pieces the Office add-in needs (a workbook source over Office.js values, date formats, docx link
 * records and text hashes, ECharts options, pictures for the .docx) are exported too, marked "lower level": they are
 * public but closer to the internals, and may change with the add-in.
 */
import type { ParagraphChild } from "docx";
import type { Analysis, AnalyzeOptions } from "./analysis/analyze.js";
import type { ChartSpec } from "./charts/spec.js";
import type { DocxOptions, Fragment, WrittenReport } from "./docx/write.js";
import type { InputError } from "./workbook/input-error.js";
import type { LinkRecord } from "./docx/link.js";
import type { ChartRenderer } from "./docx/blocks.js";
import type { ReportOptions } from "./narrative/build.js";
import { localIsoDate } from "./dates/calendar-date.js";
import type { Report } from "./report/model.js";
import type { Result } from "./result.js";
import type { TemplateOptions } from "./template/generate.js";
import type { WorkbookSource } from "./workbook/source/source.js";
import type { ImportLedgerOptions, ImportOutcome } from "./import/import.js";
import type { ImportChoices } from "./import/choices.js";
import type { ImportError } from "./import/report.js";
import type { XlsxReadOptions } from "./workbook/xlsx/open-xlsx.js";
import { webSha256 } from "./docx/web-sha256.js";

// ---- results and input errors ------------------------------------------------------------------------------------
export { ok, err, type Ok, type Err, type Result } from "./result.js";
export { InputErrorCode, type InputError } from "./workbook/input-error.js";
export { inputErrorMessage, INPUT_ERROR_MESSAGES, type InputErrorMessageTable } from "./workbook/messages/index.js";
export { LIMITS } from "./workbook/limits.js";

// ---- findings ----------------------------------------------------------------------------------------------------
export type { Analysis, AnalyzeOptions, AnalysisStage } from "./analysis/analyze.js";
export type { Finding, FindingOf, FindingPlace } from "./findings/finding.js";
export {
  FINDING_CODES,
  FINDING_SPECS,
  FindingCategory,
  Severity,
  codesOf,
  type FindingCode,
  type FindingSpec,
} from "./findings/codes.js";
export type { FindingParams } from "./findings/params.js";
export { MAX_KEPT_PER_CODE, type FindingTally } from "./findings/tally.js";
export {
  messageOf as findingMessage,
  MESSAGE_TABLES as FINDING_MESSAGES,
  type MessageTable as FindingMessageTable,
} from "./findings/messages/index.js";
export { Locale } from "./findings/messages/types.js";
export type { Ledger, BasicInfo, TemplateStamp } from "./workbook/ledger.js";
export { READ_SHEETS, SHEET_NAMES, TEMPLATE_VERSION } from "./layout/template-layout.js";

// ---- totals, money, dates ----------------------------------------------------------------------------------------
export type { Totals, CountCost, CountAmount } from "./totals/totals.js";
export type { TotalPath, MoneyPath } from "./totals/paths.js";
export {
  fen,
  yuan,
  ZERO_FEN,
  addFen,
  sumFen,
  fenToYuanString,
  fenToPlainYuan,
  fenToGrouped,
  type Fen,
} from "./money/fen.js";
/** Money in 元 with two decimals and percentages, as the report and the panes write them. */
export { moneyText, percentText } from "./narrative/format.js";
/** The collection rate as every output writes it (null when nothing was owed), and the parts the members add up to. */
export { collectionRateText } from "./totals/rate-text.js";
export { memberParts, type MemberPart } from "./totals/member-parts.js";
export { isoDate, isoFromExcelSerial, localIsoDate, type IsoDate } from "./dates/calendar-date.js";

// ---- profiles (spending caps) ------------------------------------------------------------------------------------
export type {
  Profile,
  FestivalCap,
  FestivalShape,
  ReasonCap,
  RepeatLimit,
  PerCapitaLimit,
} from "./profiles/profile.js";
export { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, findProfile } from "./profiles/builtin.js";
export { parseProfile, toFile as profileToFile, type ProfileProblem } from "./profiles/profile-file.js";
export type { ProfileFileV1 } from "./profiles/file-format.js";
export { problemMessage as profileProblemMessage } from "./profiles/messages/index.js";

// ---- the report model and its charts -----------------------------------------------------------------------------
export {
  textOf,
  sectionTag,
  chartTag,
  SECTION_TAG_PREFIX,
  FILL_TAG_PREFIX,
  placeholderText,
  CHART_TAG_PREFIX,
  type Report,
  type Section,
  type Block,
  type ChartBlock,
  type Paragraph as ReportParagraph,
  type Heading as ReportHeading,
  type Table as ReportTable,
  type TextRun as ReportTextRun,
  type Figure,
  type Inline,
  type Provenance,
  type SourceRecord,
} from "./report/model.js";
export type { ReportOptions } from "./narrative/build.js";
/** The 基本信息 fields a report's title needs that a workbook leaves empty (a blank template): the panes stop at them. */
export { missingTitleInfo, type MissingTitleInfo, type TitleField } from "./narrative/title-info.js";
export { reportSource, type AnalyzedWorkbook } from "./report/source.js";
export {
  chartSpecs,
  PALETTE,
  type ChartSpec,
  type ChartSeries,
  type ChartSection,
  type ChartRole,
} from "./charts/spec.js";
export type { ChartRenderer } from "./docx/blocks.js";
export type { DocxOptions, Fragment, WrittenReport } from "./docx/write.js";
export type { TemplateOptions } from "./template/generate.js";

// ---- importing a clerk's own ledger workbook (issue 15) ------------------------------------------------------------
export type { ImportMap } from "./import/map-file.js";
export { parseImportMap, IMPORT_MAP_FORMAT } from "./import/map-file.js";
export type {
  ImportReport,
  ImportError,
  SheetMapping,
  PlacedColumn,
  SkippedRow,
  ChangedValue,
  Confidence as ImportConfidence,
} from "./import/report.js";
export type { ImportLedgerOptions, ImportOutcome } from "./import/import.js";
export type { ImportChoices, SheetChoice as ImportSheetChoice } from "./import/choices.js";
export { importErrorMessage } from "./import/messages.js";

// ---- lower level (the add-in's host adapters, chart pictures and refresh) -----------------------------------------
/** Lower level: a workbook as the readers see it; `gridWorkbook` makes one from 2-D values (Office.js ranges). */
export type { WorkbookSource, SheetSource, MergedRange } from "./workbook/source/source.js";
export { gridWorkbook, gridSheet, type GridSheet } from "./workbook/source/grid-source.js";
export { EMPTY as EMPTY_CELL, type RawCell, type FormulaCell } from "./cells/raw-cell.js";
/** Lower level: whether a number format shows a date (cells from Office.js come with their format). */
export { isDateFormatCode } from "./workbook/xlsx/date-formats.js";
/** Lower level: how the reader unpacks zip parts (union-ledger/node passes Node's zlib). */
export type { ZipCodec, Inflate, Crc32 } from "./workbook/xlsx/package-parts.js";
/** Lower level: the web's own raw-deflate inflater (DecompressionStream), undefined where there is none; `inflateAsync`. */
export { webInflate, type AsyncInflate } from "./workbook/zip/web-inflate.js";
export type { XlsxReadOptions } from "./workbook/xlsx/open-xlsx.js";
/** Lower level: the link record a report keeps in its document properties, and the hashes of its controls' text. */
export { LINK_PREFIX, linkProperties, linkFromProperties, type LinkRecord } from "./docx/link.js";
export { textHash } from "./docx/text-hash.js";
export { webSha256 } from "./docx/web-sha256.js";
/** Lower level: a chart's ECharts option (the add-in draws it on a canvas) and its default CSS size. */
export {
  echartsOption,
  DEFAULT_WIDTH as CHART_WIDTH,
  DEFAULT_HEIGHT as CHART_HEIGHT,
  type SpecEChartsOption,
} from "./charts/echarts-option.js";

// ---- the heavy operations, each loaded on first call ---------------------------------------------------------------

/**
 * The bytes of an .xlsx → findings and totals, or the input error that says why the file cannot be used (damaged,
 * too large, not a ledger…). Options: an upper union's `profile`, `onStage` for a progress display, and the zip codec
 * (`union-ledger/node`'s NODE_ZIP is four times faster than the default in Node). Never throws on bad input.
 */
export async function analyzeBytes(
  bytes: Uint8Array,
  options: AnalyzeOptions & XlsxReadOptions = {},
): Promise<Result<Analysis, InputError>> {
  const m = await import(/* webpackChunkName: "reader" */ "./analysis/analyze.js");
  return m.analyzeBytes(bytes, options);
}

/** A workbook source (`gridWorkbook` over Office.js values, say) → findings and totals; the same rules as analyzeBytes. */
export async function analyzeSource(
  source: WorkbookSource,
  options: AnalyzeOptions = {},
): Promise<Result<Analysis, InputError>> {
  const m = await import(/* webpackChunkName: "rules" */ "./analysis/analyze.js");
  options.onStage?.("check");
  return m.analyzeWorkbook(source, options);
}

/**
 * An analysis → the annual summary's report model (sections, tables, charts, appendices); `reportSource` makes its
 * `source`. The 落款 is dated by the workbook's 填报日期, else by `today`, which defaults to the local date now.
 */
export async function buildReport(analysis: Analysis, options: ReportOptions): Promise<Report> {
  const m = await import(/* webpackChunkName: "narrative" */ "./narrative/build.js");
  const today = options.today ?? localIsoDate(new Date());
  return m.buildReport(analysis, today ? { ...options, today } : options);
}

/** Native, editable Word charts (DrawingML with an embedded workbook): the .docx writer's default charts. */
export const nativeCharts: ChartRenderer = {
  async render(spec) {
    const m = await import(/* webpackChunkName: "native-chart" */ "./charts/native-chart.js");
    return m.nativeChart(spec);
  },
};

/**
 * Lower level: a chart's PNG picture (`width`×`height` device pixels) as what a ChartRenderer gives the .docx writer
 * (the add-in draws its PNGs on a canvas). Loaded with the writer: docx stays out of whatever imports this entry.
 */
export async function chartPicture(
  spec: ChartSpec,
  png: Uint8Array,
  width: number,
  height: number,
): Promise<ParagraphChild> {
  const m = await import(/* webpackChunkName: "docx-writer" */ "./docx/picture-run.js");
  return m.pictureRun(spec, png, width, height);
}

const docxOptions = (o: Partial<DocxOptions>): DocxOptions => ({
  charts: o.charts ?? nativeCharts,
  sha256: o.sha256 ?? webSha256,
});

/**
 * A report model → the .docx (A4 公文 layout, each section and chart in a tagged content control) and the link record
 * written into it. Charts default to native Word charts (`union-ledger/node` has PNG charts), the hash to WebCrypto.
 */
export async function writeReportDocx(
  report: Report,
  options: Partial<DocxOptions> = {},
  acknowledgement?: string,
): Promise<WrittenReport> {
  const m = await import(/* webpackChunkName: "docx-writer" */ "./docx/write.js");
  return m.writeReportDocx(report, docxOptions(options), acknowledgement);
}

/** Each content control's content as a .docx of its own, by tag, and the new link record: how the Word add-in refreshes a report. */
export async function writeReportFragments(
  report: Report,
  options: Partial<DocxOptions> = {},
): Promise<{ fragments: Map<string, Fragment>; link: LinkRecord }> {
  const m = await import(/* webpackChunkName: "docx-writer" */ "./docx/write.js");
  return m.writeReportFragments(report, docxOptions(options));
}

/**
 * A blank standard workbook (.xlsx bytes) for a profile, with the union's name and year filled in if given. Written
 * with exceljs, loaded on the first call. `generatedAt` (stamped in `_meta`) defaults to now.
 */
export async function generateTemplate(
  options: Omit<TemplateOptions, "generatedAt" | "generator"> &
    Partial<Pick<TemplateOptions, "generatedAt" | "generator">>,
): Promise<Uint8Array> {
  const m = await import(/* webpackChunkName: "template-writer" */ "./template/generate.js");
  const wb = await m.buildTemplate({
    ...options,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    generator: options.generator ?? "union-ledger",
  });
  return m.workbookBytes(wb);
}

/**
 * A clerk's own ledger workbook (.xlsx bytes) → the standard workbook on the current template, the report of what was
 * done (the mapping per sheet and column with its confidence, the columns kept to the right, the rows left out, the
 * values changed in form) and the map, which passed back as `options.map` imports the same way. Loaded on first call
 * with the template writer. Ambiguity and unrecognisable workbooks are returned errors (`importErrorMessage`).
 */
export async function importLedger(
  bytes: Uint8Array,
  options: ImportLedgerOptions = {},
): Promise<Result<ImportOutcome, ImportError>> {
  const m = await import(/* webpackChunkName: "import" */ "./import/import.js");
  return m.importLedger(bytes, options);
}

/**
 * What the panes' mapping table offers for a clerk's workbook: each sheet read as each ledger (MAP.json's form), the
 * ledgers' template columns, and the map detection proposes with its ambiguities left for the clerk to settle.
 */
export async function importChoices(
  bytes: Uint8Array,
  zip: Omit<XlsxReadOptions, "sheets"> = {},
): Promise<Result<ImportChoices, ImportError>> {
  const m = await import(/* webpackChunkName: "import-choices" */ "./import/choices.js");
  return m.importChoices(bytes, zip);
}

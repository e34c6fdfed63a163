import { ok, type Result } from "../../result.js";
import { failed, type InputError } from "../input-error.js";
import type { SheetSource, WorkbookSource } from "../source/source.js";
import type { AsyncInflate } from "../zip/web-inflate.js";
import { PackageParts, type ZipCodec } from "./package-parts.js";
import { ReadBudget } from "./read-budget.js";
import { readSharedStrings } from "./shared-strings.js";
import { readDateStyles } from "./styles-part.js";
import { readWorkbookPart } from "./workbook-part.js";
import { readWorksheet } from "./worksheet-part.js";
import { XlsxError } from "./xlsx-error.js";
import { xlsxSheetSource } from "./xlsx-sheet-source.js";
import { XmlScanner } from "./xml-scanner.js";

export interface XlsxReadOptions extends ZipCodec {
  /**
   * Which sheets to read, by name; every sheet when not given. The others are listed in
   * `sheetNames` but never inflated or scanned (`sheet()` gives undefined for them): a ledger's
   * readers need seven sheets, and a clerk's extra sheet of 20 million cells costs nothing.
   */
  readonly sheets?: (name: string) => boolean;
  /**
   * An asynchronous inflater to unpack the parts read ahead with (the web's DecompressionStream, `webInflate`):
   * `openXlsxAsync` only. What is read, and every refusal, stay those of the synchronous reader.
   */
  readonly inflateAsync?: AsyncInflate;
}

function scanner(parts: PackageParts, path: string): XmlScanner | undefined {
  const xml = parts.text(path);
  return xml === undefined ? undefined : new XmlScanner(xml, path);
}

/**
 * The bytes of an .xlsx → the readers' WorkbookSource, reading every cell as excelJsSource does
 * over an exceljs-loaded workbook where exceljs reads right (tests/workbook/xlsx-reader.test.ts
 * compares them), in a fraction of the time and memory and without Node: the one zip directory is
 * checked (src/workbook/zip), then the parts needed are inflated one at a time, checked against
 * their CRC-32 and scanned once, with rows, cells and text counted against the limits as they come.
 * A damaged package or part, or a limit passed, is an input error, never an exception. Call it
 * after sniffWorkbook (src/workbook/load.ts does both).
 */
export function openXlsx(bytes: Uint8Array, options: XlsxReadOptions = {}): Result<WorkbookSource, InputError> {
  try {
    const parts = new PackageParts(bytes, options);
    return ok(readBook(parts, planBook(parts, options)));
  } catch (e) {
    return caught(e);
  }
}

/**
 * openXlsx, with the parts it will read inflated ahead by `options.inflateAsync` (when given): the same checks,
 * limits and results, the inflating done by the platform's own inflater, off the JavaScript engine.
 */
export async function openXlsxAsync(
  bytes: Uint8Array,
  options: XlsxReadOptions = {},
): Promise<Result<WorkbookSource, InputError>> {
  try {
    const parts = new PackageParts(bytes, options);
    const plan = planBook(parts, options);
    if (options.inflateAsync) await parts.prefetch(plan.partNames, options.inflateAsync);
    return ok(readBook(parts, plan));
  } catch (e) {
    return caught(e);
  }
}

interface BookPlan {
  readonly book: ReturnType<typeof readWorkbookPart>;
  readonly wanted: ReturnType<typeof readWorkbookPart>["sheets"];
  readonly sharedStringsPart: string;
  readonly stylesPart: string;
  /** The parts readBook will ask for, in its order. */
  readonly partNames: readonly string[];
}

function planBook(parts: PackageParts, options: XlsxReadOptions): BookPlan {
  const book = readWorkbookPart(parts);
  const wanted = book.sheets.filter((s) => options.sheets?.(s.name) ?? true);
  // exceljs finds these two by their usual names even without a relationship; so do we.
  const sharedStringsPart = book.sharedStringsPart ?? "xl/sharedStrings.xml";
  const stylesPart = book.stylesPart ?? "xl/styles.xml";
  const partNames = wanted.length ? [sharedStringsPart, stylesPart, ...wanted.map((s) => s.part)] : [];
  return { book, wanted, sharedStringsPart, stylesPart, partNames };
}

function readBook(parts: PackageParts, { book, wanted, sharedStringsPart, stylesPart }: BookPlan): WorkbookSource {
  const budget = new ReadBudget();
  // Neither matters when no sheet is read.
  const strings = wanted.length ? scanner(parts, sharedStringsPart) : undefined;
  const styles = wanted.length ? scanner(parts, stylesPart) : undefined;
  const values = {
    sharedStrings: strings ? readSharedStrings(strings, budget) : [],
    dateStyles: styles ? readDateStyles(styles) : [],
    date1904: book.date1904,
  };
  const sheets = new Map<string, SheetSource>();
  for (const entry of wanted) {
    const s = scanner(parts, entry.part);
    if (s)
      sheets.set(entry.name, xlsxSheetSource(entry.name, readWorksheet(s, { ...values, sheet: entry.name, budget })));
  }
  return { sheetNames: book.sheets.map((s) => s.name), sheet: (name) => sheets.get(name) };
}

/** What was thrown while taking a package apart → the input error, or the bug thrown on. */
function caught(e: unknown): Result<WorkbookSource, InputError> {
  if (e instanceof XlsxError) return failed(e.code, e.message);
  // Anything else thrown while taking a package apart (a RangeError from a hostile length, say)
  // is a damaged file too; its words are a programmer's, so they are not shown.
  if (e instanceof Error && !(e instanceof TypeError) && !(e instanceof ReferenceError))
    return failed("corrupt", "工作簿的内部结构无法解析");
  throw e;
}

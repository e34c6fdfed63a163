import { ok, type Result } from "../../result.js";
import { failed, type InputError } from "../input-error.js";
import type { SheetSource, WorkbookSource } from "../source/source.js";
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
    const book = readWorkbookPart(parts);
    const wanted = book.sheets.filter((s) => options.sheets?.(s.name) ?? true);
    const budget = new ReadBudget();
    // exceljs finds these two by their usual names even without a relationship; so do we. Neither
    // matters when no sheet is read.
    const strings = wanted.length ? scanner(parts, book.sharedStringsPart ?? "xl/sharedStrings.xml") : undefined;
    const styles = wanted.length ? scanner(parts, book.stylesPart ?? "xl/styles.xml") : undefined;
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
    return ok({ sheetNames: book.sheets.map((s) => s.name), sheet: (name) => sheets.get(name) });
  } catch (e) {
    if (e instanceof XlsxError) return failed(e.code, e.message);
    // Anything else thrown while taking a package apart (a RangeError from a hostile length, say)
    // is a damaged file too; its words are a programmer's, so they are not shown.
    if (e instanceof Error && !(e instanceof TypeError) && !(e instanceof ReferenceError))
      return failed("corrupt", "工作簿的内部结构无法解析");
    throw e;
  }
}

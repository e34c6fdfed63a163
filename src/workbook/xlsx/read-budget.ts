import { LIMITS, formatCount } from "../limits.js";
import { XlsxError } from "./xlsx-error.js";

/**
 * What the reader has taken in so far, counted by the scanner as it meets each row, cell and
 * string, so a limit (src/workbook/limits.ts) stops the read where it is passed: never a count made
 * beforehand by another pass that a prefix or a newline in a tag could slip past. One per workbook;
 * sheet counts restart with each sheet.
 */
export class ReadBudget {
  #cells = 0;
  #text = 0;
  #sheetRows = 0;
  #sheetCells = 0;
  #sheet = "";

  startSheet(name: string): void {
    this.#sheet = name;
    this.#sheetRows = 0;
    this.#sheetCells = 0;
  }

  row(): void {
    if (++this.#sheetRows > LIMITS.maxRowsPerSheet) {
      throw new XlsxError(`工作表“${this.#sheet}”超过 ${formatCount(LIMITS.maxRowsPerSheet)} 行`, "too_many_rows");
    }
  }

  cell(): void {
    if (++this.#sheetCells > LIMITS.maxCellsPerSheet) {
      throw new XlsxError(
        `工作表“${this.#sheet}”超过 ${formatCount(LIMITS.maxCellsPerSheet)} 个单元格`,
        "too_many_cells",
      );
    }
    if (++this.#cells > LIMITS.maxCellsTotal) {
      throw new XlsxError(`各台账工作表合计超过 ${formatCount(LIMITS.maxCellsTotal)} 个单元格`, "too_many_cells");
    }
  }

  /**
   * One string read (a shared string item, an inline string, a formula's text result): longer than
   * Excel lets a cell hold is damage, not a ledger value; all of them together are bounded too.
   */
  text(value: string, where: () => string): string {
    if (value.length > LIMITS.maxCellTextChars) {
      throw new XlsxError(
        `${where()}的文字有 ${formatCount(value.length)} 个字符，超过 Excel 单元格的上限 ${formatCount(LIMITS.maxCellTextChars)}`,
      );
    }
    this.#text += value.length;
    if (this.#text > LIMITS.maxTextChars)
      throw new XlsxError(`文字超过 ${formatCount(LIMITS.maxTextChars)} 个字符`, "too_much_text");
    return value;
  }
}

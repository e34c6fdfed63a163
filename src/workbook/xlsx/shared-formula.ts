import { columnLetter } from "../address.js";

/**
 * The formula of a cell in a shared-formula group (ECMA-376 Part 1, §18.3.1.40 f, t="shared"): only
 * the group's first cell carries the text; every other cell's formula is that text with its
 * relative references moved by the cell's offset from the first ($-anchored parts stay). This is
 * exceljs' slideFormula (utils/shared-formula.js), rule for rule, so the dues-formula check compares
 * the same text whichever reader loaded the file: a word of 2+ letters/digits that is a cell
 * reference (column ≤ XFD) and not a function name (followed by "(") is moved.
 */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/giu;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/iu;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

export function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number },
): string {
  return formula.replace(
    CANDIDATE,
    (
      whole: string,
      sheet: string | undefined,
      _sheetName: string | undefined,
      ref: string,
      paren: string | undefined,
    ) => {
      if (paren) return whole;
      const m = CELL_REF.exec(ref);
      if (!m) return whole;
      const [, colDollar = "", colText = "", rowDollar = "", rowText = ""] = m;
      const letters = colText.toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole; // a name, not a column
      const col = columnNumber(letters) + (colDollar ? 0 : to.col - from.col);
      const row = parseInt(rowText, 10) + (rowDollar ? 0 : to.row - from.row);
      return `${sheet ?? ""}${colDollar}${columnLetter(col)}${rowDollar}${row}`;
    },
  );
}

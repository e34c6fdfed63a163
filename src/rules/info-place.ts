import { BASIC_INFO_SHEET } from "../layout/template-layout.js";
import type { FindingPlace } from "../findings/finding.js";
import type { Ledger } from "../workbook/ledger.js";

/** The 基本信息 value cell of a field (column B of its row), or the sheet alone when the label is missing. */
export function infoPlace(ledger: Pick<Ledger, "infoRows">, key: string): FindingPlace {
  const row = ledger.infoRows[key];
  const label = BASIC_INFO_SHEET.fields.find((f) => f.key === key)?.label;
  return {
    sheet: BASIC_INFO_SHEET.name,
    ...(row === undefined ? {} : { row, cell: `B${row}` }),
    ...(label === undefined ? {} : { column: label }),
  };
}

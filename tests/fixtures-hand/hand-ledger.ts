/**
 * A ledger workbook written by hand (tests/fixtures-hand/xlsx.ts) from the same data the template
 * helpers fill (tests/helpers/ledger.ts cleanData()), storing every text, date and formula the way
 * a chosen "other program" would.
 */
import type { ColumnSpec, FormulaContext } from "../../src/layout/column.js";
import {
  BASIC_INFO_SHEET,
  LEDGER_SHEETS,
  SHEET_NAMES,
  TEMPLATE_ID,
  TEMPLATE_VERSION,
} from "../../src/layout/template-layout.js";
import { excelSerialFromIso, type IsoDate } from "../../src/dates/calendar-date.js";
import { columnLetter } from "../../src/workbook/address.js";
import type { Profile } from "../../src/profiles/profile.js";
import {
  cell,
  handXlsx,
  sheetXml,
  SharedStrings,
  STYLE_BUILTIN_DATE,
  STYLE_CUSTOM_DATE,
  stylesXml,
  type CellXml,
  type HandSheet,
} from "./xlsx.js";

export type TextMode = "shared" | "inline" | "sharedRich" | "inlineRich" | "formula";
export type DateMode = "builtinFormat" | "customFormat" | "formula";

export interface HandLedgerOptions {
  readonly text: TextMode;
  readonly date: DateMode;
  /** The custom date format for `customFormat` (e.g. "yyyy/m/d", "yyyy年m月d日"). */
  readonly customDateFormat?: string;
  /** Blank rows above each ledger's header row (the reader looks in the first 5 rows). */
  readonly rowsAboveHeader?: number;
  readonly profile: Profile;
  /** Write each dues formula column as one shared formula (Excel's fill-down) instead of one per cell. */
  readonly sharedFormulas?: boolean;
}

type Value = string | number | boolean | null | undefined | object;
export interface LedgerData {
  readonly info: Readonly<Record<string, Value>>;
  readonly sheets: Readonly<Record<string, readonly Readonly<Record<string, Value>>[]>>;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function handLedger(data: LedgerData, o: HandLedgerOptions): Uint8Array {
  const sst = new SharedStrings();
  const text = (s: string): CellXml => {
    const runs = s.length >= 2 ? [s.slice(0, 1), s.slice(1)] : [s];
    switch (o.text) {
      case "shared":
        return cell.shared(sst.plain(s));
      case "inline":
        return cell.inline(s);
      case "sharedRich":
        return cell.shared(sst.rich(runs));
      case "inlineRich":
        return cell.inlineRich(runs);
      case "formula":
        // ="张"&"三" with its cached text, as a spreadsheet saves it.
        return cell.formulaString(runs.map((r) => `"${r.replace(/"/g, '""')}"`).join("&"), s);
    }
  };
  const date = (iso: string): CellXml => {
    const serial = excelSerialFromIso(iso as IsoDate);
    switch (o.date) {
      case "builtinFormat":
        return cell.number(serial, STYLE_BUILTIN_DATE);
      case "customFormat":
        return cell.number(serial, STYLE_CUSTOM_DATE);
      case "formula":
        return cell.formulaNumber(
          `DATE(${iso.slice(0, 4)},${Number(iso.slice(5, 7))},${Number(iso.slice(8, 10))})`,
          serial,
          STYLE_BUILTIN_DATE,
        );
    }
  };
  const number = (n: number): CellXml =>
    o.text === "formula" ? cell.formulaNumber(`ROUND(${n},2)`, n) : cell.number(n);
  const value = (kind: string, v: Value): CellXml | undefined => {
    if (v === undefined || v === null) return undefined;
    if (kind === "date" && typeof v === "string" && ISO.test(v)) return date(v);
    if (typeof v === "number") return number(v);
    if (typeof v === "string") return text(v);
    throw new Error(`handLedger: unsupported value ${JSON.stringify(v)}`);
  };

  const sheets: HandSheet[] = [];
  // 基本信息: label in A, value in B, in the template's order, no title row.
  sheets.push({
    name: BASIC_INFO_SHEET.name,
    xml: sheetXml(BASIC_INFO_SHEET.fields.map((f) => [text(f.label), value(f.kind, data.info[f.key])])),
  });
  const above = o.rowsAboveHeader ?? 0;
  for (const spec of LEDGER_SHEETS) {
    const columns = spec.columns as readonly ColumnSpec[];
    const colOf = new Map(columns.map((c, j) => [c.key, j + 1]));
    const headerRow = above + 1;
    const rows: (CellXml | undefined)[][] = Array.from({ length: above }, () => []);
    rows.push(columns.map((c) => text(c.header)));
    const dataRows = data.sheets[spec.name] ?? [];
    dataRows.forEach((row, i) => {
      const r = headerRow + 1 + i;
      rows.push(
        columns.map((c, j) => {
          if (c.formula) {
            const ctx: FormulaContext = {
              col: (k) => columnLetter(colOf.get(k) ?? 0),
              row: r,
              duesRate: o.profile.dues.rate,
              duesTruncationYuan: o.profile.dues.truncationYuan,
            };
            const cached = cachedDues(c.key, row, o.profile);
            if (!o.sharedFormulas) return cell.formulaNumber(c.formula(ctx), cached);
            const letter = columnLetter(j + 1);
            return i === 0
              ? cell.sharedFormulaMaster(c.formula(ctx), `${letter}${r}:${letter}${r + dataRows.length - 1}`, j, cached)
              : cell.sharedFormulaChild(j, cached);
          }
          return value(c.kind, row[c.key]);
        }),
      );
    });
    sheets.push({ name: spec.name, xml: sheetXml(rows) });
  }
  const meta: Record<string, string> = {
    templateId: TEMPLATE_ID,
    templateVersion: TEMPLATE_VERSION,
    profile: o.profile.id,
    codeSet: o.profile.codeSystem,
    generatedAt: "2024-12-31T00:00:00.000Z",
    generator: "hand-written test file",
  };
  sheets.push({
    name: SHEET_NAMES.meta,
    state: "veryHidden",
    xml: sheetXml(Object.entries(meta).map(([k, v]) => [text(k), text(v)])),
  });
  return handXlsx({ sheets, sharedStrings: sst, styles: stylesXml(o.customDateFormat) });
}

/** The cached results a spreadsheet would store for 月应缴 and 全年实缴 (yuan, exact to the fen). */
function cachedDues(key: string, row: Readonly<Record<string, Value>>, profile: Profile): number {
  if (key === "monthlyDue") {
    const wage = typeof row["wage"] === "number" ? row["wage"] : 0;
    const trunc = profile.dues.truncationYuan;
    return Math.round(Math.floor(wage / trunc) * trunc * 100 * profile.dues.rate) / 100;
  }
  let fen = 0;
  for (let m = 1; m <= 12; m++) {
    const v = row[`m${m}`];
    if (typeof v === "number") fen += Math.round(v * 100);
  }
  return fen / 100;
}

import type { IsoDate } from "../dates/calendar-date.js";
import type { SheetData } from "../layout/record.js";
import type { ACTIVITIES_SHEET, CONDOLENCES_SHEET, DUES_SHEET, MEMBERS_SHEET } from "../layout/template-layout.js";
import type { Fen } from "../money/fen.js";
import type { RawCell } from "../cells/raw-cell.js";

export interface TemplateStamp {
  readonly id: string;
  readonly version: string;
  readonly profile?: string;
  readonly codeSet?: string;
  readonly layoutHash?: string;
  readonly generatedAt?: string;
  readonly generator?: string;
  /** The profile stamped by the template generator (profiles/file-format.ts), as JSON text. */
  readonly profileJson?: string;
}

export interface BasicInfo {
  readonly unionName?: string;
  readonly employer?: string;
  /** 单位类型 (template 1.1), one of LISTS.unitType. */
  readonly unitType?: string;
  readonly upperUnion?: string;
  readonly fiscalYear?: number;
  readonly preparer?: string;
  readonly phone?: string;
  readonly filedOn?: IsoDate;
  readonly profileId?: string;
  readonly codeSystem?: string;
  readonly budgetIncome?: Fen;
}

/** A cached value of the 汇总 sheet, by its item key (see layout/summary-items.ts). */
export interface SummaryCell {
  readonly key: string;
  readonly label: string;
  readonly row: number;
  readonly cell: string;
  readonly cached: RawCell;
}

/** A filled workbook as the rules and totals see it. */
export interface Ledger {
  readonly template: TemplateStamp | undefined;
  readonly info: BasicInfo;
  /** Worksheet row of each 基本信息 field found (value in column B). */
  readonly infoRows: Readonly<Record<string, number>>;
  readonly members: SheetData<typeof MEMBERS_SHEET>;
  readonly dues: SheetData<typeof DUES_SHEET>;
  readonly activities: SheetData<typeof ACTIVITIES_SHEET>;
  readonly condolences: SheetData<typeof CONDOLENCES_SHEET>;
  readonly summary: readonly SummaryCell[];
}

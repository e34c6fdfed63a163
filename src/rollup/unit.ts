import type { Analysis } from "../analysis/analyze.js";
import { messageOf, type Locale } from "../findings/messages/index.js";
import type { Totals } from "../totals/totals.js";

/** One finding as the roll-up keeps it: plain text only, so the workbook can be dropped. */
export interface FindingLine {
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}

/** The spending-cap profile a unit was checked against, as the roll-up names it. */
export interface UnitProfile {
  readonly id: string;
  /** Its Chinese name, as reports and tables show it. */
  readonly name: string;
  /** An official rule (named in 书名号) or a reference profile (named as it is). */
  readonly official: boolean;
}

/**
 * One grassroots union's contribution to a roll-up: its totals and a findings summary, never the
 * workbook itself (bounded memory: a roll-up of 500 files holds 500 of these, not 500 workbooks).
 */
export interface UnitRecord {
  readonly kind: "unit";
  /** Where it came from; for a unit read back from a roll-up, "roll-up file › unit file". */
  readonly file: string;
  readonly unionName: string;
  readonly fiscalYear: number;
  /** 填报日期 (ISO), the first tie-breaker between two files of the same union and year. */
  readonly filedOn: string | undefined;
  /** File modification time, the second tie-breaker. */
  readonly mtimeMs: number;
  readonly templateVersion: string;
  readonly errors: number;
  readonly warnings: number;
  readonly totals: Totals;
  readonly findings: readonly FindingLine[];
  /** Undefined for a unit read back from a roll-up written before the profile was recorded. */
  readonly profile: UnitProfile | undefined;
  /** 基本信息 上级工会, "" when not filled in. */
  readonly upperUnion: string;
}

/** A file that could not be used at all: reported with its plain message and skipped. */
export interface UnreadableFile {
  readonly kind: "unreadable";
  readonly file: string;
  readonly message: string;
}

export function unitFromAnalysis(a: Analysis, file: string, mtimeMs: number, locale: Locale = "zh-CN"): UnitRecord {
  const { errors, warnings } = a.tally;
  return {
    kind: "unit",
    file,
    unionName: (a.ledger.info.unionName ?? "").trim(),
    fiscalYear: a.totals.fiscalYear,
    filedOn: a.ledger.info.filedOn,
    mtimeMs,
    templateVersion: a.ledger.template?.version ?? "",
    errors,
    warnings,
    totals: a.totals,
    findings: a.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell ?? "",
      message: messageOf(f, locale),
    })),
    profile: { id: a.profile.id, name: a.profile.name, official: a.profile.official },
    upperUnion: (a.ledger.info.upperUnion ?? "").trim(),
  };
}

/** Status words of the 单位汇总 sheet. */
export const STATUS = {
  ok: "正常",
  errors: "有错误",
  unreadable: "无法读取",
  duplicate: "重复已忽略",
  missing: "未报送",
} as const;

export const statusOf = (u: UnitRecord): string => (u.errors > 0 ? STATUS.errors : STATUS.ok);

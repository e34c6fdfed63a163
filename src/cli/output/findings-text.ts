import type { Analysis } from "../../analysis/analyze.js";
import type { Finding } from "../../findings/finding.js";
import { MAX_KEPT_PER_CODE } from "../../findings/tally.js";
import { messageOf, type Locale } from "../../findings/messages/index.js";

const WORDS = {
  "zh-CN": {
    file: "文件",
    template: "模板",
    noTemplate: "非标准模板",
    profile: "经费标准方案",
    summary: (e: number, w: number) => (e + w === 0 ? "检查通过：没有发现问题。" : `共发现 ${e} 个错误、${w} 个警告。`),
    sheet: (s: string, e: number, w: number) => `【${s}】${e} 个错误，${w} 个警告`,
    error: "错误",
    warning: "警告",
    more: (n: number) => `……另有 ${n} 条同类问题，用 --all 查看全部`,
    unofficial: "注意：本方案不是任何地区的正式标准，请以上级工会规定为准。",
    // The name is what a clerk knows the profile by; the id is what `--profile` takes.
    profileOf: (id: string, name: string) => `${name}（标识 ${id}）`,
    omitted: (n: number) =>
      `其中 ${n} 条只计数、未逐条列出（同一类问题最多列出前 ${MAX_KEPT_PER_CODE} 条）；改正已列出的问题后重新检查即可看到其余的。`,
  },
  en: {
    file: "File",
    template: "Template",
    noTemplate: "not the standard template",
    profile: "Profile",
    summary: (e: number, w: number) => (e + w === 0 ? "All checks passed." : `${e} errors, ${w} warnings.`),
    sheet: (s: string, e: number, w: number) => `[${s}] ${e} errors, ${w} warnings`,
    error: "error",
    warning: "warning",
    more: (n: number) => `…and ${n} more of this kind (use --all)`,
    unofficial: "Note: this profile is not an official standard.",
    profileOf: (id: string, name: string) => `${id} (${name})`,
    omitted: (n: number) =>
      `${n} of them are counted but not listed (at most ${MAX_KEPT_PER_CODE} of one kind are listed); fix the listed ones and check again to see the rest.`,
  },
} as const;

const PER_CODE_LIMIT = 20;

/** Human output of `validate`: grouped by sheet, errors before warnings, each with its cell. */
export function findingsText(file: string, a: Analysis, locale: Locale, all: boolean): string {
  const w = WORDS[locale];
  const t = a.ledger.template;
  const { errors, warnings, omitted } = a.tally;
  const lines = [
    `${w.file}：${file}`,
    `${w.template}：${t ? `${t.id} ${t.version}` : w.noTemplate}；${w.profile}：${w.profileOf(a.profile.id, a.profile.name)}`,
    ...(a.profile.official ? [] : [w.unofficial]),
    w.summary(errors, warnings),
    ...(omitted > 0 ? [w.omitted(omitted)] : []),
  ];
  const bySheet = new Map<string, Finding[]>();
  for (const f of a.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, items] of bySheet) {
    const c = a.tally.bySheet[sheet] ?? { errors: 0, warnings: 0 };
    lines.push("", w.sheet(sheet, c.errors, c.warnings));
    const shownPerCode = new Map<string, number>();
    const hidden = new Map<string, number>();
    for (const f of [...items].sort((x, y) => (x.severity === y.severity ? 0 : x.severity === "error" ? -1 : 1))) {
      const key = `${f.severity}:${f.code}`;
      const n = shownPerCode.get(key) ?? 0;
      if (!all && n >= PER_CODE_LIMIT) {
        hidden.set(key, (hidden.get(key) ?? 0) + 1);
        continue;
      }
      shownPerCode.set(key, n + 1);
      const mark = f.severity === "error" ? `✖ ${w.error}` : `⚠ ${w.warning}`;
      lines.push(`  ${mark} ${(f.cell ?? "").padEnd(6)} ${messageOf(f, locale)}`);
    }
    for (const [, n] of hidden) lines.push(`  ${w.more(n)}`);
  }
  return lines.join("\n");
}

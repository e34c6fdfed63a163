import { IMPORT_MESSAGES } from "../../import/messages.js";
import type { ImportReport } from "../../import/report.js";

const CONFIDENCE = { map: "按 MAP.json", header: "表头相同", synonym: "同义表头", content: "按内容" } as const;
const BASIS = { map: "MAP.json", name: "表名", headers: "表头", content: "内容" } as const;
const YEAR_BASIS = { option: "--year", map: "MAP.json", title: "标题", dates: "日期", none: "" } as const;

/** At most this many lines of each list; the rest are counted (all are in --json). */
const SHOWN = 50;

function listed<T>(items: readonly T[], line: (t: T) => string): string[] {
  const out = items.slice(0, SHOWN).map((t) => `  ${line(t)}`);
  if (items.length > SHOWN) out.push(`  ……另有 ${items.length - SHOWN} 项（--json 列出全部）`);
  return out;
}

/** The import's report as the clerk reads it (stdout): mapping, kept columns, skipped rows, values changed. */
export function importReportText(r: ImportReport): string {
  const t = IMPORT_MESSAGES["zh-CN"];
  const lines: string[] = [];
  lines.push(
    `年度：${r.year.value ?? "（未能确定，请用 --year 指定）"}${r.year.value ? `（依据：${YEAR_BASIS[r.year.basis]}）` : ""}`,
    `工会名称：${r.unionName ?? "（未填，请用 --union 指定，或导入后在“基本信息”中填写）"}`,
  );
  for (const s of r.sheets) {
    lines.push(
      "",
      `工作表“${s.sheet}” → ${t.ledger[s.ledger]}（依据：${s.basis.map((b) => BASIS[b]).join("、")}；表头在第${s.headerRows === 2 ? `${s.headerRow - 1}–` : ""}${s.headerRow}行；${s.rows} 行数据）`,
    );
    lines.push(...listed(s.columns, (c) => `${c.column} 列“${c.header}” → ${c.to}（${CONFIDENCE[c.confidence]}）`));
    if (s.unplaced.length)
      lines.push(
        "  未对应的列（保留在新表右侧）：" +
          s.unplaced
            .map((u) => `${u.column} 列“${u.header}”${u.keptAs !== u.header ? `（列名“${u.keptAs}”）` : ""}`)
            .join("、"),
      );
  }
  if (r.ignoredSheets.length)
    lines.push("", `未导入的工作表（不是台账）：${r.ignoredSheets.map((n) => `“${n}”`).join("、")}`);
  if (r.skippedRows.length) {
    lines.push("", "跳过的行：");
    lines.push(
      ...listed(r.skippedRows, (k) => `${k.sheet} 第${k.row}行：${t.skip[k.reason]}${k.text ? `（${k.text}）` : ""}`),
    );
  }
  if (r.changes.length) {
    lines.push("", "改写了形式的值：");
    lines.push(...listed(r.changes, (c) => `${c.sheet}!${c.cell}（${c.column}）：“${c.from}” → ${c.to}`));
  }
  if (r.unread.length) {
    lines.push("", "未能识别的值（原样保留，validate 会指出）：");
    lines.push(...listed(r.unread, (c) => `${c.sheet}!${c.cell}（${c.column}）：“${c.from}”`));
  }
  if (r.missing.length)
    lines.push(
      "",
      `标准模板要求、原表中没有的列：${r.missing.map((m) => `${m.sheet}“${m.header}”`).join("、")}（请在新表中补填）`,
    );
  if (r.emptyLedgers.length) lines.push(`原表中没有的台账（新表中为空）：${r.emptyLedgers.join("、")}`);
  return `${lines.join("\n")}\n`;
}

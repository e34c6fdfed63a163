import { fenToGrouped, fen } from "../money/fen.js";
import type { Finding } from "../findings/finding.js";
import { messageOf } from "../findings/messages/index.js";
import type { Figure, Paragraph, Section, Table } from "../report/model.js";
import type { FindingTally } from "../findings/tally.js";
import type { Totals } from "../totals/totals.js";
import { memberParts } from "../totals/member-parts.js";
import { leftAliveThisYear } from "../totals/leavers.js";
import { collectionRateText } from "../totals/rate-text.js";
import { moneyInWords } from "./format.js";

const money = (f: number): string => fenToGrouped(fen(f));

/** 附件：主要数据汇总表 — the totals in `#,##0.00` with the 大写 of the spending total. */
export function totalsAppendix(t: Totals, title: string): Section {
  const spent = t.activities.costFen + t.condolences.amountFen;
  const rows: string[][] = [
    ["年末会员", `${t.members.total}`, "人"],
    ["其中：在职 / 退休离休", `${t.members.active} / ${t.members.retired}`, "人"],
    // The other statuses with members, so the rows add up to 年末会员.
    ...memberParts(t.members).flatMap((p) =>
      p.part === "status"
        ? [[`其中：${p.status}`, `${p.count}`, "人"]]
        : p.part === "missing"
          ? [["其中：会籍状态未填写", `${p.count}`, "人"]]
          : [],
    ),
    // The deceased apart from 退会转出; the row is as it was when nobody died.
    t.members.diedThisYear > 0
      ? [
          "本年入会 / 退会转出 / 去世",
          `${t.members.joinedThisYear} / ${leftAliveThisYear(t.members)} / ${t.members.diedThisYear}`,
          "人",
        ]
      : ["本年入会 / 退会转出", `${t.members.joinedThisYear} / ${t.members.leftThisYear}`, "人"],
    ["会费应缴", money(t.dues.expectedFen), "元"],
    ["会费实缴", money(t.dues.paidFen), "元"],
    ["会费收缴率", collectionRateText(t.dues) ?? "无应缴会费", ""],
    ...(t.dues.overpaidFen > 0 ? [["会费多收（应退还或抵缴下年）", money(t.dues.overpaidFen), "元"]] : []),
    ["活动次数 / 参与人次", `${t.activities.count} / ${t.activities.participants}`, "次 / 人次"],
    ["活动支出", money(t.activities.costFen), "元"],
    ["慰问人次 / 人数", `${t.condolences.count} / ${t.condolences.people}`, "人次 / 人"],
    ["慰问支出", money(t.condolences.amountFen), "元"],
    ["两项支出合计", money(spent), "元"],
    ["两项支出合计（大写）", moneyInWords(spent), ""],
  ];
  const byCategory: Table = {
    kind: "table",
    caption: "活动分类统计",
    header: ["活动类别", "次数", "参与人次", "费用（元）"],
    rows: Object.entries(t.activities.byCategory)
      .filter(([, v]) => v.count > 0)
      .map(([k, v]) => [k, `${v.count}`, `${v.participants}`, money(v.costFen)]),
    numeric: [1, 2, 3],
  };
  const byReason: Table = {
    kind: "table",
    caption: "慰问分类统计",
    header: ["慰问事由", "人次", "金额（元）"],
    rows: Object.entries(t.condolences.byReason)
      .filter(([, v]) => v.count > 0)
      .map(([k, v]) => [k, `${v.count}`, money(v.amountFen)]),
    numeric: [1, 2],
  };
  return {
    id: "appendix-totals",
    title,
    blocks: [
      { kind: "table", caption: "主要数据", header: ["项目", "数值", "单位"], rows, numeric: [1] },
      byCategory,
      byReason,
    ],
  };
}

/** The errors counted but not listed (tally.ts), as a figure whose source says how it was counted. */
function unlistedNote(unlisted: number, listed: number): Paragraph {
  const figure: Figure = {
    kind: "figure",
    text: `${unlisted}处`,
    value: unlisted,
    source: { kind: "offset", of: { kind: "findings", codes: ["error"] }, add: -listed },
  };
  return {
    kind: "paragraph",
    runs: [
      { kind: "text", text: "另有同类错误" },
      figure,
      {
        kind: "text",
        text: "未逐条列出（同一类问题最多列出前2000处）；改正已列出的各处后重新检查，即可看到其余各处。",
      },
    ],
  };
}

/** 附件：台账数据问题清单 — every error, so the reader sees what the figures rest on. */
export function findingsAppendix(findings: readonly Finding[], tally: FindingTally, title: string): Section | null {
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length === 0) return null;
  const unlisted = tally.errors - errors.length;
  return {
    id: "appendix-findings",
    title,
    blocks: [
      {
        kind: "table",
        caption: "错误清单",
        header: ["工作表", "单元格", "问题"],
        rows: errors.map((f) => [f.sheet, f.cell ?? "", messageOf(f)]),
        numeric: [],
      },
      ...(unlisted > 0 ? [unlistedNote(unlisted, errors.length)] : []),
    ],
  };
}

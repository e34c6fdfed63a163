import { ems } from "../docx/text-width.js";
import { fen, fenToGrouped } from "../money/fen.js";
import type { Table } from "../report/model.js";
import type { Totals } from "../totals/totals.js";
import { collectionRateText } from "../totals/rate-text.js";
import type { Rollup } from "./consolidate.js";
import type { UnitRecord } from "./unit.js";
import { withoutUnionSuffix } from "./union-name.js";

/**
 * The roll-up report's tables of units, laid out for A4 portrait: the writer gives every number column the width
 * of its widest cell (docx/table-widths.ts) and the rest to the text. So the figures are split over two tables of
 * few, short-headed columns (金额单位 in the caption), and a unit's name may take two lines of what is left:
 * NAME_EMS is two lines of the narrowest name column the first table can have (both money columns at
 * 999,999,999.99 in its 合计 row leave about 8 ems). The full names are in the roll-up's 单位汇总.
 */
const NAME_EMS = 16;

/** A unit as the tables name it: every row is a union, so without 工会/工会委员会; cut with … past two lines. */
export function shortUnitName(u: Pick<UnitRecord, "unionName" | "file">): string {
  const name = withoutUnionSuffix(u.unionName) || u.file;
  if (ems(name) <= NAME_EMS) return name;
  let cut = "";
  // The ellipsis is set full-width in a CJK font: one em.
  for (const ch of name) if (ems(cut + ch) <= NAME_EMS - 1) cut += ch;
  return `${cut}…`;
}

const money = (f: number): string => fenToGrouped(fen(f));
const rate = (t: Totals): string => collectionRateText(t.dues) ?? "无应缴";

/** 会员、收缴率、活动、慰问 by unit, with the roll-up's own totals in a 合计 row. */
export function figuresTable(r: Rollup): Table {
  const row = (name: string, t: Totals): string[] => [
    name,
    `${t.members.total}`,
    rate(t),
    `${t.activities.count}`,
    money(t.activities.costFen),
    money(t.condolences.amountFen),
  ];
  return {
    kind: "table",
    caption: "各单位主要数据（金额单位：元）",
    header: ["单位", "会员", "收缴率", "活动次数", "活动费用", "慰问金额"],
    rows: [...r.used.map((u) => row(shortUnitName(u), u.totals)), row("合计", r.total)],
    numeric: [1, 2, 3, 4, 5],
  };
}

/** Each unit's 上级工会 and the profile its ledger was checked against, with its errors and warnings. */
export function profilesTable(r: Rollup): Table {
  const sum = (k: "errors" | "warnings"): number => r.used.reduce((s, u) => s + u[k], 0);
  return {
    kind: "table",
    caption: "各单位上级工会、执行的经费标准方案与台账问题",
    header: ["单位", "上级工会", "经费标准方案", "错误", "警告"],
    rows: [
      ...r.used.map((u) => [
        shortUnitName(u),
        u.upperUnion || "未填写",
        u.profile?.name ?? "未记录",
        `${u.errors}`,
        `${u.warnings}`,
      ]),
      ["合计", "", "", `${sum("errors")}`, `${sum("warnings")}`],
    ],
    numeric: [3, 4],
  };
}

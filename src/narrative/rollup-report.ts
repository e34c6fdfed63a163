import { chartSpecs } from "../charts/spec.js";
import type { Block, Report, Section, SourceRecord } from "../report/model.js";
import type { Rollup } from "../rollup/consolidate.js";
import { figures, paragraph, when, type FigureContext } from "./figures.js";
import { numeral, ordinalLead } from "./numbering.js";
import { memberParts } from "../totals/member-parts.js";
import { memberPartName } from "./member-part-name.js";
import { lowCollectionUnits } from "../rollup/low-collection.js";
import { profilesUsed } from "../rollup/profiles-used.js";
import { figuresTable, profilesTable } from "../rollup/report-tables.js";
import type { ProfileUnits } from "../rollup/issues.js";
import type { UnitRecord } from "../rollup/unit.js";
import { bookTitle } from "./format.js";

const names = (xs: readonly string[]): string => xs.map((n) => `“${n}”`).join("、");
/** Units named in the text: five at most, then 等 ("“A”、“B”…等单位" reads as more than those named). */
const unitList = (us: readonly UnitRecord[], more: string): string =>
  `${names(us.slice(0, 5).map((u) => u.unionName || u.file))}${us.length > 5 ? more : ""}`;
/** An official rule by its title in 书名号; a reference profile is no document, so it is quoted. */
const profileTitle = (p: ProfileUnits): string => (p.official ? bookTitle(p.name) : `“${p.name}”`);

/**
 * The upper union's report on a roll-up ("全区共N个基层工会…"): the same report model and writer as
 * a unit's summary. Figures come from the summed totals and the unit counts; comparisons between
 * units name them in the text and give their numbers in the appendix table.
 */
export function buildRollupReport(r: Rollup, source: SourceRecord): Report {
  const withErrors = r.used.filter((u) => u.errors > 0);
  const ctx: FigureContext = {
    totals: r.total,
    findingCounts: {},
    unitCounts: { submitted: r.used.length, missing: r.missing.length, withErrors: withErrors.length },
  };
  const f = figures(ctx);
  const t = r.total;
  const sections: Section[] = [];
  const add = (title: string, id: string, blocks: Block[]): void =>
    void sections.push({ id, title: `${numeral(sections.length - 1)}、${title}`, blocks });
  sections.push({
    id: "opening",
    title: "",
    blocks: [
      paragraph(
        f.year(),
        "，",
        r.name,
        "共收到",
        f.count({ kind: "units", what: "submitted" }, "个"),
        "基层工会报送的台账",
        ...when(r.missing.length > 0, () => [
          "，尚有",
          f.count({ kind: "units", what: "missing" }, "个"),
          `单位未报送（${names(r.missing.slice(0, 10))}${r.missing.length > 10 ? "等" : ""}）`,
        ]),
        "。现将汇总情况报告如下：",
      ),
    ],
  });
  // A unit with a member who owes is not 足额, whatever other members paid over (the rate is Σ min(paid, owed)).
  const short = r.used.filter((u) => u.totals.dues.collectedFen < u.totals.dues.expectedFen);
  // Named as low only among several units and when low by the rule (rollup/low-collection.ts).
  const low = lowCollectionUnits(r.used);
  const over = r.used.filter((u) => u.totals.dues.overpaidFen > 0);
  // No overall rate, and no claim of full collection, when no unit owed any dues.
  const hasRate = t.dues.expectedFen > 0;
  add("会员与会费", "organization", [
    paragraph(
      "各单位年末会员合计",
      f.count("members.total", "人"),
      // Every status with members is named, so the parts add up to the whole.
      ...memberParts(t.members).flatMap((p, i) => [
        i === 0 ? "，其中" : "、",
        memberPartName(p, false),
        f.count(p.path, "人"),
      ]),
      "。应缴会费",
      f.money("dues.expectedFen"),
      "，实缴",
      f.money("dues.paidFen"),
      ...when(t.dues.catchUpFen > 0, () => ["（含补缴上年度会费", f.money("dues.catchUpFen"), "）"]),
      ...when(hasRate, () => ["，总体收缴率", f.rate("dues.collectionRate")]),
      "。",
      low.length > 0
        ? `收缴率较低的有${unitList(low, "等单位")}（各单位收缴率见附表）。`
        : hasRate && short.length === 0
          ? "各单位会费均已足额收缴。"
          : "",
      // Said apart, never netted against arrears; the units are named here, the members in their dues_mismatch findings.
      ...when(t.dues.overpaidFen > 0, () => [
        `另有${unitList(over, "等单位")}的`,
        f.count("dues.overpaidMembers", "名"),
        "会员多缴会费",
        f.money("dues.overpaidFen"),
        "，应退还或抵缴下年。",
      ]),
    ),
  ]);
  if (t.activities.count > 0) {
    add("活动开展", "activities", [
      paragraph(
        "各单位共开展活动",
        f.count("activities.count", "次"),
        "，参与职工",
        f.count("activities.participants", "人次"),
        "，活动支出",
        f.money("activities.costFen"),
        "。",
      ),
    ]);
  }
  if (t.condolences.count > 0) {
    add("送温暖与慰问", "care", [
      paragraph(
        "各单位共发放慰问",
        f.count("condolences.count", "人次"),
        "，金额（含实物折价）",
        f.money("condolences.amountFen"),
        "。",
      ),
    ]);
  }
  const worst = [...withErrors]
    .sort((a, b) => b.errors - a.errors)
    .slice(0, 3)
    .map((u) => u.unionName);
  // Units checked against different caps: their findings do not compare (the notice mixed_profiles).
  const profiles = profilesUsed(r.used);
  const quality: Block[] = [
    withErrors.length === 0
      ? paragraph("各单位台账均未发现错误。")
      : paragraph(
          "有",
          f.count({ kind: "units", what: "withErrors" }, "个"),
          `单位的台账存在错误，其中${names(worst)}问题较多，具体见问题清单。`,
        ),
  ];
  if (profiles.length > 1)
    quality.push(
      paragraph(
        `各单位执行的经费标准方案不一致：${profiles
          .map((p) => `执行${profileTitle(p)}的有${names(p.units.slice(0, 5))}${p.units.length > 5 ? "等单位" : ""}`)
          .join("；")}。各单位台账依据不同的标准检查，问题多少不宜直接比较（各单位执行的方案见附表）。`,
      ),
    );
  add("台账质量", "quality", quality);
  const advice = [
    r.missing.length > 0 && "督促未报送的单位尽快报送台账。",
    low.length > 0 && "指导会费收缴率偏低的单位核对应缴与实缴，做到应收尽收。",
    over.length > 0 && "督促多收会费的单位核实后退还或抵缴下年会费。",
    withErrors.length > 0 && "对台账存在错误的单位逐一反馈问题清单，限期更正后重新报送。",
    profiles.length > 1 && "统一各单位执行的经费标准方案，用上级工会的方案生成模板下发各单位。",
    "继续推广标准台账模板，统一填报口径。",
  ].filter((x): x is string => typeof x === "string");
  add(
    "工作建议",
    "plans",
    advice.map((a, i) => paragraph(`${ordinalLead(i)}${a}`)),
  );
  // Each chart in the section it names; a section left out for want of data leaves its charts out.
  for (const c of chartSpecs(t))
    (sections.find((s) => s.id === c.section)?.blocks as Block[] | undefined)?.push({ kind: "chart", chart: c });
  return {
    title: `${r.name}${r.fiscalYear}年基层工会台账汇总分析`,
    notice: null,
    sections,
    appendices: [
      {
        id: "appendix-units",
        title: "附表：各单位主要数据",
        blocks: [figuresTable(r), profilesTable(r)],
      },
    ],
    // The upper union's own 落款 is its to write: the roll-up's name may be a file's name.
    signature: null,
    source,
    unionName: r.name,
    fiscalYear: r.fiscalYear,
  };
}

import type ExcelJS from "exceljs";
import type { SheetSpec } from "../layout/column.js";
import {
  ACTIVITIES_SHEET,
  CONDOLENCES_SHEET,
  DUES_SHEET,
  MEMBERS_SHEET,
  SHEET_NAMES,
} from "../layout/template-layout.js";
import { fenToPlainYuan } from "../money/fen.js";
import type { Profile } from "../profiles/profile.js";
import { CODE_SETS } from "../profiles/code-sets.js";
import { festivalInstructions } from "../profiles/festival-shapes.js";
import { columnLetter } from "../workbook/address.js";
import { printSheet } from "./print-setup.js";
import { FONT, HEADER_STYLE, PROTECTION_OPTIONS, TEXT_STYLE, TITLE_STYLE } from "./styles.js";

/** One worked example row per ledger, by column key (values as a clerk would type them). */
const EXAMPLES: ReadonlyArray<{ sheet: SheetSpec; intro: string; row: Readonly<Record<string, string | number>> }> = [
  {
    sheet: MEMBERS_SHEET,
    intro: "会员名册：每位会员一行。年内退休的，会籍状态填“退休”，状态变动日期填退休日期。",
    row: {
      memberId: "GH0001",
      name: "张三",
      gender: "男",
      department: "财务部",
      joinDate: "2015-07-01",
      status: "退休",
      statusDate: "2024-07-01",
      remark: "6月底退休",
    },
  },
  {
    sheet: DUES_SHEET,
    intro:
      "会费台账：工资4,537.80元，尾数7.80元不计，月应缴 4,530×0.5% = 22.65元；7月起退休不再缴纳，全年应缴 22.65×6 = 135.90元。",
    row: {
      memberId: "GH0001",
      name: "张三",
      wage: 4537.8,
      monthlyDue: "（自动）",
      m1: 22.65,
      m2: 22.65,
      m3: 22.65,
      m4: 22.65,
      m5: 22.65,
      m6: 22.65,
      paidTotal: "（自动）",
    },
  },
  {
    sheet: ACTIVITIES_SHEET,
    intro: "活动台账：每次活动一行；有费用的须填经费来源、经手人和审批人（两人不同）。",
    row: {
      seq: 1,
      date: "2024-04-20",
      name: "春季职工健步走",
      category: "文体活动",
      place: "滨江公园",
      organizer: "工会办公室",
      participants: 120,
      cost: 3600,
      funding: "工会经费",
      handler: "李四",
      approver: "王五",
    },
  },
  {
    sheet: CONDOLENCES_SHEET,
    intro: "慰问金台账：每笔一行；节日慰问须选节日，且不得发放现金、购物卡。",
    row: {
      seq: 1,
      date: "2024-02-05",
      memberId: "GH0002",
      name: "赵六",
      reason: "节日慰问",
      festival: "春节",
      form: "实物",
      amount: 500,
      handler: "李四",
      approver: "王五",
    },
  },
];

const yuan = (f: number): string => `${fenToPlainYuan(f as never)}元`;

function capLines(profile: Profile): string[] {
  const festival = festivalInstructions(profile.festival);
  const caps = Object.entries(profile.caps).map(
    ([reason, cap]) =>
      `${reason}：每次不超过${yuan(cap?.capFen ?? 0)}${cap?.raised ? `（备注含“${cap.raised.whenRemarkIncludes}”的不超过${yuan(cap.raised.capFen)}）` : ""}`,
  );
  const repeats = Object.entries(profile.repeats).map(
    ([reason, r]) => `${reason}：${r?.ever ? "仅限" : "每年不超过"}${r?.limit ?? 0}次`,
  );
  const perCapita = profile.perCapita.map((p) => `${p.label}：人均${p.perDay ? "每天" : ""}不超过${yuan(p.capFen)}`);
  return [festival, ...caps, ...repeats, ...perCapita];
}

/** The text lines span A:L; the worked examples run wider, as wide as their ledger. */
const TEXT_COLUMNS = 12;

/** 填表说明: how to fill the workbook, the profile's limits, the code table, and worked examples. */
export async function addInstructionsSheet(wb: ExcelJS.Workbook, profile: Profile): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(SHEET_NAMES.instructions);
  ws.getColumn(1).width = 16;
  for (let c = 2; c <= 18; c++) ws.getColumn(c).width = 12;
  let r = 1;
  const line = (text: string, style: Partial<ExcelJS.Style> = TEXT_STYLE): void => {
    ws.mergeCells(r, 1, r, TEXT_COLUMNS);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.style = style;
    ws.getRow(r).height = Math.max(18, Math.ceil(text.length / 70) * 16);
    r++;
  };
  const heading = (text: string): void => line(text, { font: { name: "黑体", size: 12, bold: true } });

  line("工会台账填表说明", TITLE_STYLE);
  heading("一、怎样填写");
  [
    "1. 先填“基本信息”：工会名称和年度必填；各台账中的日期都必须在这一年内。",
    "2. 依次填写会员名册、会费台账、活动台账、慰问金台账。每行一条记录，不要合并单元格，不要插入小计行。",
    "3. 灰色单元格是公式，会自动计算，请勿修改；表头和公式已保护（无密码），需要时可在“审阅—撤销工作表保护”中解除。",
    "4. 有下拉箭头的列请从列表中选择；日期填成 2024-03-05 的形式；金额填数字（元），最多两位小数，不要写“元”字。",
    "5. 填完后用工会台账助手检查：它会指出每个有问题的单元格，并汇总出全年数字，生成年度工作总结。",
    "6. 会员去世的，会籍状态选“去世”，状态变动日期填去世日期；会员去世慰问金在这一日期之后发放不算差错。",
    "7. 会费台账中：年内调资的，“调资月份”填新工资开始计缴的月份（如 7），“调资后计缴工资(元)”填新工资；经工会委员会批准免缴的，填“免缴月份”（如“全年”“1-6月”）和“免缴依据”；连同上年欠缴一并缴纳的，当月实缴照填，其中属于上年的金额填在“其中补缴上年(元)”。",
  ].forEach((t) => line(t));
  heading(`二、经费标准（${profile.name}，${profile.year}年）`);
  line(
    `来源：${profile.source}。${profile.official ? "" : "注意：本方案不是任何地区的正式标准，请以上级工会规定为准。"}`,
  );
  capLines(profile).forEach((t) => line(`· ${t}`));
  line("· 不得发放购物卡、代金券、礼品卡；节日慰问和生日慰问不得发放现金；退休离岗只能赠送纪念品或实物。");
  heading(`三、支出科目（${CODE_SETS[profile.codeSystem].title}）`);
  line(CODE_SETS[profile.codeSystem].items.map((i) => (i.code === i.name ? i.name : `${i.code} ${i.name}`)).join("；"));
  // Issue 12 item 10: a set whose names were not checked against its source says so where it is listed.
  if (!CODE_SETS[profile.codeSystem].verified)
    line(
      "注意：以上明细科目名称暂沿用2017年科目，尚未与《工会会计制度》（财会〔2021〕7号）原文逐项核对，请以本单位账套科目为准。",
    );
  heading("四、填写示例");
  for (const ex of EXAMPLES) {
    line(ex.intro);
    ex.sheet.columns.forEach((c, i) => {
      ws.getCell(r, i + 1).value = c.header;
      ws.getCell(r, i + 1).style = HEADER_STYLE;
      const v = ex.row[c.key];
      if (v !== undefined) ws.getCell(r + 1, i + 1).value = v;
      ws.getCell(r + 1, i + 1).style = {
        font: { name: FONT, size: 11 },
        ...(typeof v === "number" && c.kind === "money" ? { numFmt: "#,##0.00" } : {}),
      };
    });
    r += 3;
  }
  // Printed as wide as the text: the examples' columns past L are left off the page (the whole
  // width would shrink the text to half size).
  printSheet(ws, "landscape");
  ws.pageSetup.printArea = `A$1:${columnLetter(TEXT_COLUMNS)}$${r - 1}`;
  await ws.protect("", PROTECTION_OPTIONS);
  return ws;
}

/**
 * The reader's findings (domain-rules.md "Every ledger", template-v1.md "Reading rules"): each code
 * with a case that raises it at the right sheet and cell, and a near miss that must not.
 * Workbooks come from the real template generator (tests/helpers/ledger.ts) and are edited the
 * way a clerk would edit them, then go through bytes like a clerk's file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/analysis/analyze.js";
import { ACTIVITIES_SHEET, CONDOLENCES_SHEET, DUES_SHEET, MEMBERS_SHEET } from "../../src/layout/template-layout.js";
import { analyzeData, cleanData, ledgerWorkbook } from "../helpers/ledger.js";
import {
  addr,
  analyzeWb,
  at,
  colOf,
  expectOneAt,
  FIRST_DATA_ROW,
  removeSheet,
  setCells,
  setMeta,
  sheetOf,
  summary,
  swapColumns,
} from "../fixtures-hand/template-edit.js";

const ACT = ACTIVITIES_SHEET.name;
const CON = CONDOLENCES_SHEET.name;
const MEM = MEMBERS_SHEET.name;
const DUE = DUES_SHEET.name;
const HEADER_ROW = FIRST_DATA_ROW - 1;

/** A valid paid activity; tests change one cell of it. */
const activity = (seq: number, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  seq,
  date: "2024-05-10",
  name,
  category: "其他",
  participants: 10,
  cost: 100,
  funding: "工会经费",
  handler: "周干事",
  approver: "王主席",
  ...extra,
});

let clean: Analysis;
beforeAll(async () => {
  clean = await analyzeData(cleanData());
  expect(clean.findings).toEqual([]);
});

describe("cell findings in one workbook, each in its own row (with near misses beside them)", () => {
  // Row numbers of the activity rows added below the clean one (FIRST_DATA_ROW).
  const R = {
    requiredMissing: 4,
    invalidDateText: 5,
    invalidDateWord: 6,
    outOfYear: 7,
    firstDay: 8,
    lastDay: 9,
    invalidInteger: 10,
    invalidMoney: 11,
    badSeparators: 12,
    negative: 13,
    zeroCost: 14,
    zeroParticipants: 15,
    threeDecimals: 16,
    twoDecimals: 17,
    threeDecimalsText: 18,
    invalidOption: 19,
    spacedOption: 20,
    errorValue: 21,
    errorResult: 22,
    formulaNumber: 23,
    merged: 24,
    onlySeq: 25,
    onlyFormula: 26,
    afterGap: 27,
    leapDay: 28,
    participantsText: 29,
  } as const;
  const ADDED = 26; // activity rows added below the clean one, 2 of them empty
  let a: Analysis;

  beforeAll(async () => {
    const data = cleanData();
    const rows: Record<string, unknown>[] = [
      activity(2, "", { name: undefined }), // requiredMissing: 活动名称 empty (地点 empty too: optional)
      activity(3, "日期不存在"), // invalidDateText (set below)
      activity(4, "日期是文字"), // invalidDateWord
      activity(5, "去年的活动", { date: "2023-12-31" }),
      activity(6, "元旦活动", { date: "2024-01-01" }),
      activity(7, "年末活动", { date: "2024-12-31" }),
      activity(8, "人数写成汉字"), // invalidInteger
      activity(9, "费用写成汉字"), // invalidMoney
      activity(10, "千分位错误"), // badSeparators
      activity(11, "负费用", { cost: -100 }),
      activity(12, "零费用", { cost: 0, funding: undefined, handler: undefined, approver: undefined }),
      activity(13, "零人数", { participants: 0 }),
      activity(14, "三位小数", { cost: 12.345 }),
      activity(15, "两位小数", { cost: 12.34 }),
      activity(16, "文字三位小数"), // threeDecimalsText
      activity(17, "类别不在列表", { category: "文艺活动" }),
      activity(18, "类别带空格", { category: " 文体 活动 " }),
      activity(19, "引用错误"), // errorValue
      activity(20, "除零错误"), // errorResult
      activity(21, "公式费用"), // formulaNumber
      activity(22, "合并单元格", { place: "礼堂" }), // merged F:G
      { seq: 23 }, // onlySeq
      {}, // onlyFormula (set below)
      activity(25, "空行之后"), // afterGap: a later row is still read
      activity(26, "闰日活动"), // leapDay (set below)
      activity(27, "人数带单位"), // participantsText (set below)
    ];
    const sheets = data.sheets as Record<string, Record<string, unknown>[]>;
    sheets[ACT] = [...(sheets[ACT] ?? []), ...rows];
    // A member with an invalid gender who left before the year (owes nothing, no dues row needed).
    sheets[MEM]?.push({
      memberId: "M004",
      name: "赵六",
      gender: "男性",
      joinDate: "2001-01-01",
      status: "已退会",
      statusDate: "2023-06-30",
    });
    // A condolence payment of 0 元 (must be > 0) and one of 0.01 元 (fine).
    sheets[CON]?.push(
      {
        seq: 3,
        date: "2024-06-01",
        memberId: "M001",
        name: "张三",
        reason: "困难帮扶",
        form: "现金",
        amount: 0,
        handler: "周干事",
        approver: "王主席",
      },
      {
        seq: 4,
        date: "2024-06-02",
        memberId: "M002",
        name: "李四",
        reason: "困难帮扶",
        form: "现金",
        amount: 0.01,
        handler: "周干事",
        approver: "王主席",
      },
    );
    const wb = await ledgerWorkbook(data);
    const A = (key: string, row: number): string => addr(ACTIVITIES_SHEET, key, row);
    setCells(wb, ACT, {
      [A("date", R.invalidDateText)]: "2024年2月30日",
      [A("date", R.invalidDateWord)]: "下周三",
      [A("date", R.leapDay)]: "2024年2月29日",
      [A("participants", R.participantsText)]: "50人",
      [A("participants", R.invalidInteger)]: "五十",
      [A("cost", R.invalidMoney)]: "一百元",
      [A("cost", R.badSeparators)]: "1,2",
      [A("cost", R.threeDecimalsText)]: "12.345",
      [A("cost", R.errorValue)]: { error: "#REF!" },
      [A("cost", R.errorResult)]: { formula: "1/0", result: { error: "#DIV/0!" } },
      [A("cost", R.formulaNumber)]: { formula: "1000+500", result: 1500 },
      [A("remark", R.onlyFormula)]: { formula: 'IF(1=0,"x","")', result: "" },
      [A("seq", R.onlyFormula)]: { formula: "ROW()-2", result: R.onlyFormula - 2 },
    });
    sheetOf(wb, ACT).mergeCells(`${A("place", R.merged)}:${A("organizer", R.merged)}`);
    a = await analyzeWb(wb);
  });

  const A = (key: string, row: number): string => addr(ACTIVITIES_SHEET, key, row);

  it("required_missing: an empty required cell in a non-empty row; an empty optional cell is fine", () => {
    const f = expectOneAt(a, "required_missing", ACT, A("name", R.requiredMissing));
    expect(f).toMatchObject({
      severity: "error",
      row: R.requiredMissing,
      column: "活动名称",
      cell: `C${R.requiredMissing}`,
    });
    expect(at(a, ACT, A("place", R.requiredMissing))).toEqual([]);
  });

  it("invalid_date: an impossible date and a word; a real leap day and real dates are fine", () => {
    expect(expectOneAt(a, "invalid_date", ACT, `B${R.invalidDateText}`)).toMatchObject({
      value: "2024年2月30日",
      row: R.invalidDateText,
    });
    expect(expectOneAt(a, "invalid_date", ACT, `B${R.invalidDateWord}`)).toMatchObject({ value: "下周三" });
    expect(a.findings.filter((f) => f.code === "invalid_date").map((f) => f.cell)).toEqual([
      `B${R.invalidDateText}`,
      `B${R.invalidDateWord}`,
    ]);
    // 2024年2月29日 exists: read (with a normalized_value warning), not invalid.
    expect(at(a, ACT, `B${R.leapDay}`).map((f) => f.code)).toEqual(["normalized_value"]);
    expect(a.ledger.activities.rows.find((r) => r.row === R.leapDay)?.values.date).toBe("2024-02-29");
  });

  it("date_out_of_year: 2023-12-31 in a 2024 ledger; 1 January and 31 December are in the year", () => {
    const f = expectOneAt(a, "date_out_of_year", ACT, `B${R.outOfYear}`);
    expect(f).toMatchObject({ params: { date: "2023-12-31", year: 2024 } });
    expect(at(a, ACT, `B${R.firstDay}`)).toEqual([]);
    expect(at(a, ACT, `B${R.lastDay}`)).toEqual([]);
    // 入会日期 years before the reporting year is not out of the year.
    expect(a.findings.filter((f) => f.code === "date_out_of_year").map((f) => `${f.sheet}!${f.cell ?? ""}`)).toEqual([
      `${ACT}!B${R.outOfYear}`,
    ]);
  });

  it("invalid_number: words in an integer and a money cell, and a malformed thousands separator", () => {
    expect(expectOneAt(a, "invalid_number", ACT, `H${R.invalidInteger}`)).toMatchObject({
      params: { expected: "integer" },
      value: "五十",
    });
    expect(expectOneAt(a, "invalid_number", ACT, `I${R.invalidMoney}`)).toMatchObject({
      params: { expected: "money" },
      value: "一百元",
    });
    expect(expectOneAt(a, "invalid_number", ACT, `I${R.badSeparators}`)).toMatchObject({ value: "1,2" });
    expect(a.findings.filter((f) => f.code === "invalid_number")).toHaveLength(3);
    // "50人" is a number with its unit: read as 50 with a warning, not invalid.
    expect(at(a, ACT, `H${R.participantsText}`).map((f) => f.code)).toEqual(["normalized_value"]);
    expect(a.ledger.activities.rows.find((r) => r.row === R.participantsText)?.values.participants).toBe(50);
  });

  it("negative_amount: cost below 0, participants and a condolence amount below 1; cost 0 and 0.01 元 are fine", () => {
    expect(expectOneAt(a, "negative_amount", ACT, `I${R.negative}`)).toMatchObject({ params: { min: 0 } });
    expect(expectOneAt(a, "negative_amount", ACT, `H${R.zeroParticipants}`)).toMatchObject({ params: { min: 1 } });
    expect(expectOneAt(a, "negative_amount", CON, addr(CONDOLENCES_SHEET, "amount", FIRST_DATA_ROW + 2))).toMatchObject(
      { params: { min: 1 } },
    );
    expect(at(a, ACT, `I${R.zeroCost}`)).toEqual([]);
    expect(at(a, CON, addr(CONDOLENCES_SHEET, "amount", FIRST_DATA_ROW + 3))).toEqual([]);
    expect(a.findings.filter((f) => f.code === "negative_amount")).toHaveLength(3);
  });

  it("too_many_decimals: 12.345 as a number and as text; 12.34 is fine", () => {
    expectOneAt(a, "too_many_decimals", ACT, `I${R.threeDecimals}`);
    expectOneAt(a, "too_many_decimals", ACT, `I${R.threeDecimalsText}`);
    expect(at(a, ACT, `I${R.twoDecimals}`)).toEqual([]);
    // The clean ledger's 22.65 and 4537.8 (binary fractions) raise nothing.
    expect(a.findings.filter((f) => f.code === "too_many_decimals")).toHaveLength(2);
  });

  it("invalid_option: a category not in the list and a gender typed as 男性; spaces inside a list value are forgiven", () => {
    expect(expectOneAt(a, "invalid_option", ACT, `D${R.invalidOption}`)).toMatchObject({
      value: "文艺活动",
      column: "活动类别",
    });
    expect(expectOneAt(a, "invalid_option", MEM, addr(MEMBERS_SHEET, "gender", FIRST_DATA_ROW + 3))).toMatchObject({
      value: "男性",
    });
    expect(at(a, ACT, `D${R.spacedOption}`)).toEqual([]);
    expect(a.findings.filter((f) => f.code === "invalid_option")).toHaveLength(2);
  });

  it("formula_error: an error value and a formula whose cached result is an error; a formula with a number is read", () => {
    expect(expectOneAt(a, "formula_error", ACT, `I${R.errorValue}`)).toMatchObject({
      params: { error: "#REF!", header: "费用(元)" },
    });
    expect(expectOneAt(a, "formula_error", ACT, `I${R.errorResult}`)).toMatchObject({ params: { error: "#DIV/0!" } });
    expect(at(a, ACT, `I${R.formulaNumber}`)).toEqual([]);
    const row = a.ledger.activities.rows.find((r) => r.row === R.formulaNumber);
    expect(row?.values.cost).toBe(150000);
  });

  it("merged_cell: two merged data cells are one finding at the first cell; the title merge above the header is not", () => {
    const f = expectOneAt(a, "merged_cell", ACT, `F${R.merged}`);
    expect(f).toMatchObject({ severity: "warning", row: R.merged, params: { range: `F${R.merged}:G${R.merged}` } });
    expect(a.findings.filter((x) => x.code === "merged_cell")).toHaveLength(1);
    expect(a.ledger.activities.rows.find((r) => r.row === R.merged)?.values.place).toBe("礼堂");
  });

  it("rows with only 序号 or only formulas are empty: no findings there and not counted", () => {
    expect(a.findings.filter((f) => f.sheet === ACT && (f.row === R.onlySeq || f.row === R.onlyFormula))).toEqual([]);
    const read = a.ledger.activities.rows.map((r) => r.row);
    expect(read).not.toContain(R.onlySeq);
    expect(read).not.toContain(R.onlyFormula);
    expect(read).toContain(R.afterGap);
    // The clean row + the added rows − the 2 empty ones. The dues sheet's prepared formula rows are empty too.
    expect(a.totals.activities.count).toBe(1 + ADDED - 2);
    expect(a.ledger.activities.rows).toHaveLength(1 + ADDED - 2);
    expect(a.ledger.dues.rows).toHaveLength(3);
    expect(a.totals.dues.paidFen).toBe(clean.totals.dues.paidFen);
  });

  it("findings point at the 1-based worksheet row and the A1 cell of the column where it really is", () => {
    for (const f of a.findings.filter((x) => x.sheet === ACT && x.cell)) {
      expect(f.cell).toBe(`${f.cell?.replace(/\d+$/, "")}${f.row ?? "?"}`);
    }
    expect(summary(a)).not.toContain("undefined");
  });
});

describe("text a clerk typed where a number or date belongs is read, with a normalized_value warning", () => {
  let a: Analysis;
  const A = (key: string, row: number): string => addr(ACTIVITIES_SHEET, key, row);
  // Five March activities (rows 4–8) whose cost and date are typed as text in the accepted forms.
  const forms = [
    { row: 4, date: "2024-03-05", cost: "1,200.50", costFen: 120050 },
    { row: 5, date: "2024/3/5", cost: "¥300", costFen: 30000 },
    { row: 6, date: "2024.3.5", cost: "300元", costFen: 30000 },
    { row: 7, date: "2024年3月5日", cost: "３００", costFen: 30000 },
    { row: 8, date: 45356, cost: 300, costFen: 30000 }, // an Excel serial in a General-format cell; a plain number cost
  ] as const;

  beforeAll(async () => {
    const data = cleanData();
    const sheets = data.sheets as Record<string, Record<string, unknown>[]>;
    forms.forEach((f, i) => sheets[ACT]?.push(activity(2 + i, `三月活动${i + 1}`, { category: "文体活动" })));
    const wb = await ledgerWorkbook(data);
    const ws = sheetOf(wb, ACT);
    for (const f of forms) {
      const dateCell = ws.getCell(A("date", f.row));
      dateCell.value = f.date;
      if (typeof f.date === "number") dateCell.numFmt = "General";
      ws.getCell(A("cost", f.row)).value = f.cost;
    }
    ws.getCell(A("participants", 8)).value = "10人";
    // The clean rows' values, retyped as text: totals must not move.
    setCells(wb, CON, {
      [addr(CONDOLENCES_SHEET, "amount", 4)]: "￥800",
      [addr(CONDOLENCES_SHEET, "date", 4)]: "2024年3月10日",
    });
    setCells(wb, DUE, { [addr(DUES_SHEET, "m2", 3)]: "22.65元", [addr(DUES_SHEET, "m3", 3)]: "２２.６５" });
    a = await analyzeWb(wb);
  });

  it("each accepted form gives exactly one warning with the normalised value, and no error", () => {
    const got = Object.fromEntries(
      a.findings
        .filter((f) => f.code === "normalized_value")
        .map((f) => [`${f.sheet}!${f.cell ?? ""}`, f.code === "normalized_value" ? f.params.normalized : ""]),
    );
    expect(got).toEqual({
      [`${ACT}!B4`]: "2024-03-05",
      [`${ACT}!I4`]: "1200.50元",
      [`${ACT}!B5`]: "2024-03-05",
      [`${ACT}!I5`]: "300.00元",
      [`${ACT}!B6`]: "2024-03-05",
      [`${ACT}!I6`]: "300.00元",
      [`${ACT}!B7`]: "2024-03-05",
      [`${ACT}!I7`]: "300.00元",
      [`${ACT}!B8`]: "2024-03-05",
      [`${ACT}!H8`]: "10",
      [`${CON}!B4`]: "2024-03-10",
      [`${CON}!H4`]: "800.00元",
      [`${DUE}!F3`]: "22.65元",
      [`${DUE}!G3`]: "22.65元",
    });
    expect(
      a.findings.every((f) => f.code === "normalized_value" && f.severity === "warning"),
      summary(a),
    ).toBe(true);
    // A plain number (I8) and a real date (the clean rows' dates) raise nothing.
    expect(at(a, ACT, "I8")).toEqual([]);
    expect(at(a, ACT, "B3")).toEqual([]);
  });

  it("the normalised values are what the totals count", () => {
    const added = forms.reduce((n, f) => n + f.costFen, 0);
    expect(added).toBe(240050);
    expect(a.totals.activities.costFen).toBe(clean.totals.activities.costFen + added);
    expect(a.totals.activities.byMonthCostFen[2]).toBe(added); // all five on 5 March
    expect(a.totals.activities.count).toBe(clean.totals.activities.count + 5);
    expect(a.totals.activities.participants).toBe(clean.totals.activities.participants + 50);
    expect(a.totals.condolences).toEqual(clean.totals.condolences);
    expect(a.totals.dues).toEqual(clean.totals.dues);
    for (const f of forms)
      expect(a.ledger.activities.rows.find((r) => r.row === f.row)?.values).toMatchObject({
        date: "2024-03-05",
        cost: f.costFen,
      });
  });
});

describe("sheets, headers and the template stamp", () => {
  it("sheet_missing, header_missing (renamed and deleted) and template_version_unsupported 2.0.0; the rest is still read", async () => {
    const wb = await ledgerWorkbook(cleanData());
    removeSheet(wb, CON);
    setCells(wb, ACT, { [`C${HEADER_ROW}`]: "活动名" }); // 活动名称 renamed
    setCells(wb, MEM, { [`C${HEADER_ROW}`]: null }); // 性别 deleted
    setMeta(wb, "templateVersion", "2.0.0");
    const a = await analyzeWb(wb);
    const pick = a.findings.map((f) => ({
      code: f.code,
      sheet: f.sheet,
      row: f.row,
      cell: f.cell,
      header: "header" in f.params ? f.params.header : undefined,
    }));
    expect(pick).toEqual(
      expect.arrayContaining([
        { code: "template_version_unsupported", sheet: "_meta", row: undefined, cell: undefined, header: undefined },
        { code: "sheet_missing", sheet: CON, row: undefined, cell: undefined, header: undefined },
        { code: "header_missing", sheet: ACT, row: HEADER_ROW, cell: undefined, header: "活动名称" },
        { code: "header_missing", sheet: MEM, row: HEADER_ROW, cell: undefined, header: "性别" },
      ]),
    );
    expect(new Set(a.findings.map((f) => f.code))).toEqual(
      new Set(["template_version_unsupported", "sheet_missing", "header_missing"]),
    );
    expect(a.findings.filter((f) => f.code === "header_missing")).toHaveLength(2);
    expect(a.findings.find((f) => f.code === "template_version_unsupported")).toMatchObject({
      severity: "error",
      value: "2.0.0",
    });
    // Still read by the remaining headers.
    expect(a.totals.activities).toEqual(clean.totals.activities);
    expect(a.totals.members).toEqual(clean.totals.members);
    expect(a.totals.condolences.count).toBe(0);
  });

  it("moved columns (with their headers), loosely written headers, a hidden ledger sheet and version 1.4.2: read correctly, only layout_altered warnings", async () => {
    const wb = await ledgerWorkbook(cleanData());
    swapColumns(sheetOf(wb, ACT), colOf(ACTIVITIES_SHEET, "name"), colOf(ACTIVITIES_SHEET, "cost"));
    swapColumns(sheetOf(wb, MEM), colOf(MEMBERS_SHEET, "memberId"), colOf(MEMBERS_SHEET, "status"));
    swapColumns(sheetOf(wb, CON), colOf(CONDOLENCES_SHEET, "date"), colOf(CONDOLENCES_SHEET, "amount"));
    // Not two month columns: 全年实缴's SUM(E:P) would then not be the formula the rule rebuilds.
    swapColumns(sheetOf(wb, DUE), colOf(DUES_SHEET, "memberId"), colOf(DUES_SHEET, "name"), 10);
    // 费用(元) now sits in column C: written with full-width brackets; 参与人数 with a line break.
    setCells(wb, ACT, { [`C${HEADER_ROW}`]: "费用（元）", [`H${HEADER_ROW}`]: "参与\n人数" });
    sheetOf(wb, CON).state = "hidden";
    setMeta(wb, "templateVersion", "1.4.2");
    const a = await analyzeWb(wb);
    // The protected layout was changed: said once per sheet (issue 6), and nothing else.
    expect(a.findings.map((f) => `${f.code} ${f.severity} ${f.sheet}`).sort()).toEqual(
      [
        "layout_altered warning 会员名册",
        "layout_altered warning 会费台账",
        "layout_altered warning 活动台账",
        "layout_altered warning 慰问金台账",
      ].sort(),
    );
    expect(a.totals).toEqual(clean.totals);
    expect(a.ledger.activities.columns).toMatchObject({
      name: colOf(ACTIVITIES_SHEET, "cost"),
      cost: colOf(ACTIVITIES_SHEET, "name"),
    });
    expect(a.ledger.dues.columns).toMatchObject({ memberId: 2, name: 1 });
    expect(a.ledger.template?.version).toBe("1.4.2");
  });

  it("template_unknown when the very hidden _meta sheet is deleted; the ledger is still read by headers", async () => {
    const wb = await ledgerWorkbook(cleanData());
    removeSheet(wb, "_meta");
    const a = await analyzeWb(wb);
    expect(a.findings.map((f) => `${f.code} ${f.severity} ${f.sheet}`)).toEqual(["template_unknown warning _meta"]);
    expect(a.ledger.template).toBeUndefined();
    expect(a.totals).toEqual(clean.totals);
  });
});

import { describe, expect, it } from "vitest";
import { totalsText } from "../../src/cli/output/totals-text.js";
import type { Table } from "../../src/report/model.js";
import { analyzeData, analyzeDataViaFile, cleanData } from "../helpers/ledger.js";
import { figuresOf, reportOf, sectionText } from "../helpers/report.js";
import {
  addMember,
  append,
  condolence,
  duesRow,
  eachMonth,
  expectFindings,
  findingAt,
  SHEET,
  type LedgerData,
} from "./support.js";

/**
 * A 1.0 roster has no 去世 status: a member who died is 已退会 from the date of death, and the
 * 会员去世 benefit is paid to the family after it. That payment is correct, and the death is
 * reported apart from 退会、转出.
 */

/** cleanData() grown to a 35-row roster like a school union's: 30 more teachers, one death, one transfer. */
function schoolUnion(): { d: LedgerData; deathRow: number } {
  const d = cleanData();
  for (let i = 1; i <= 30; i++) {
    const id = `T${String(i).padStart(2, "0")}`;
    addMember(
      d,
      { memberId: id, name: `教师${i}`, status: "在职", joinDate: "2015-09-01" },
      duesRow(id, 3000, eachMonth(1, 12, 15)),
    );
  }
  addMember(
    d,
    { memberId: "D01", name: "陈老师", status: "已退会", joinDate: "2001-09-01", statusDate: "2024-05-03" },
    duesRow("D01", 3000, eachMonth(1, 5, 15)),
  );
  addMember(
    d,
    { memberId: "X01", name: "钱老师", status: "已转出", joinDate: "2016-09-01", statusDate: "2024-09-01" },
    duesRow("X01", 3000, eachMonth(1, 8, 15)),
  );
  const [deathRow = 0] = append(
    d,
    SHEET.condolences,
    condolence("D01", "会员去世", "2024-05-06", 1000, { name: "陈老师", form: "现金" }),
  );
  return { d, deathRow };
}

const mainTable = (r: ReturnType<typeof reportOf>): Table | undefined =>
  r.appendices
    .find((s) => s.id === "appendix-totals")
    ?.blocks.find((b): b is Table => b.kind === "table" && b.caption === "主要数据");

describe("会员去世 paid after the death (1.0 roster: 已退会 with 状态变动日期)", () => {
  it("is no error, is counted as a death, and the report says 会员去世 apart from 退会、转出", async () => {
    const { d } = schoolUnion();
    const a = await analyzeData(d);
    expectFindings(a, []);
    const m = a.totals.members;
    // leftThisYear keeps its meaning (cli.md, the 汇总 sheet): everyone who left, the death included.
    expect([m.total, m.leftThisYear, m.diedThisYear]).toEqual([33, 2, 1]);

    const r = reportOf(a);
    const org = sectionText(r, "organization");
    expect(org).toContain("办理退会、转出1人，会员去世1人，会员信息随之更新。");
    expect(org).not.toContain("办理退会、转出2人");
    // The figure is made from the totals, not typed in.
    expect(figuresOf(r).find((f) => f.text === "1人" && f.source.kind === "difference")?.value).toBe(1);
    expect(mainTable(r)?.rows).toContainEqual(["本年入会 / 退会转出 / 去世", "0 / 1 / 1", "人"]);
    expect(totalsText(a.totals, "zh-CN")).toContain("本年入会 0；本年退会转出 1；本年去世 1");
    expect(totalsText(a.totals, "en")).toContain("joined 0；left 1；died 1");
  });

  it("reads the same from the written file", async () => {
    const a = await analyzeDataViaFile(schoolUnion().d);
    expectFindings(a, []);
    expect(a.totals.members.diedThisYear).toBe(1);
  });

  it("with only the death, names no 退会、转出", async () => {
    const { d } = schoolUnion();
    const roster = d.sheets[SHEET.members] ?? [];
    roster.splice(roster.length - 1, 1); // X01, the transfer
    const dues = d.sheets[SHEET.dues] ?? [];
    dues.splice(dues.length - 1, 1);
    const org = sectionText(reportOf(await analyzeData(d)), "organization");
    expect(org).toContain("本会共有会员33人");
    expect(org).toContain("会员去世1人，会员信息随之更新。");
    expect(org).not.toContain("退会、转出");
  });

  it("accepts the benefit on the day of death and up to 365 days after; not 366 days, nor before", async () => {
    const d = cleanData();
    const add = (id: string, died: string, dues?: ReturnType<typeof duesRow>): void => {
      addMember(d, { memberId: id, name: id, status: "已退会", joinDate: "2001-09-01", statusDate: died }, dues);
    };
    add("A1", "2024-06-10", duesRow("A1", 3000, eachMonth(1, 6, 15)));
    add("A2", "2023-03-05"); // 2024-03-04 is day 365 (2024 is a leap year)
    add("A3", "2023-03-04");
    const rows = append(
      d,
      SHEET.condolences,
      condolence("A1", "会员去世", "2024-06-10", 1000, { name: "A1", form: "现金" }), // 5: the day of death
      condolence("A2", "会员去世", "2024-03-04", 1000, { name: "A2", form: "现金" }), // 6: day 365
      condolence("A3", "会员去世", "2024-03-04", 1000, { name: "A3", form: "现金" }), // 7: day 366
    );
    expect(rows).toEqual([5, 6, 7]);
    const a = await analyzeData(d);
    expectFindings(a, [`member_inactive ${SHEET.condolences}!B7`]);
    // Deaths of last year are not this year's leavers.
    expect([a.totals.members.leftThisYear, a.totals.members.diedThisYear]).toEqual([1, 1]);
  });
});

describe("what stays as it was", () => {
  it("another payment after 已退会, or a 会员去世 payment after 已转出: still member_inactive", async () => {
    const { d } = schoolUnion();
    const rows = append(
      d,
      SHEET.condolences,
      condolence("D01", "生病住院", "2024-05-06", 500, { name: "陈老师", form: "现金" }), // 6: not a death benefit
      condolence("X01", "会员去世", "2024-09-05", 1000, { name: "钱老师", form: "现金" }), // 7: transferred, not dead
    );
    expect(rows).toEqual([6, 7]);
    const a = await analyzeData(d);
    expectFindings(a, [`member_inactive ${SHEET.condolences}!B6`, `member_inactive ${SHEET.condolences}!B7`]);
    const f = findingAt(a, "member_inactive", SHEET.condolences, "B6");
    expect(f.params).toMatchObject({ memberId: "D01", date: "2024-05-06", until: "2024-05-03" });
    // The transfer is a transfer: a 会员去世 payment does not make it a death.
    expect(a.totals.members.diedThisYear).toBe(1);
  });

  it("a 会员去世 payment for a member unknown to the roster: still member_unknown, and nobody died", async () => {
    const d = cleanData();
    const [row] = append(
      d,
      SHEET.condolences,
      condolence("M099", "会员去世", "2024-05-06", 1000, { name: "无名", form: "现金" }),
    );
    const a = await analyzeData(d);
    expectFindings(a, [`member_unknown ${SHEET.condolences}!C${row ?? 0}`]);
    expect(a.totals.members.diedThisYear).toBe(0);
  });

  it("a 会员去世 payment for a member the roster still lists as 在职: no finding, as before, and no death counted", async () => {
    // The roster is the clerk's statement of who is a member; until it records the death (已退会 on a
    // 1.0 roster) the member still owes dues, and the arrears are what points the clerk to the roster.
    const d = cleanData();
    append(d, SHEET.condolences, condolence("M001", "会员去世", "2024-11-01", 1000, { form: "现金" }));
    const a = await analyzeData(d);
    expectFindings(a, []);
    expect([a.totals.members.leftThisYear, a.totals.members.diedThisYear]).toEqual([0, 0]);
    expect(sectionText(reportOf(a), "organization")).not.toContain("去世");
  });

  it("without a death the sentence, the appendix row and the totals line are as they were", async () => {
    const d = cleanData();
    addMember(
      d,
      { memberId: "X01", name: "钱老师", status: "已退会", joinDate: "2016-09-01", statusDate: "2024-09-01" },
      duesRow("X01", 3000, eachMonth(1, 8, 15)),
    );
    const a = await analyzeData(d);
    const r = reportOf(a);
    expect(sectionText(r, "organization")).toContain("。办理退会、转出1人，会员信息随之更新。");
    expect(mainTable(r)?.rows).toContainEqual(["本年入会 / 退会转出", "0 / 1", "人"]);
    expect(totalsText(a.totals, "zh-CN")).toMatch(/本年退会转出 1$/mu);
  });
});

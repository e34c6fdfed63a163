import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import {
  addMember,
  append,
  condolence,
  duesRow,
  eachMonth,
  expectFindings,
  findingAt,
  SHEET,
  setDues,
} from "./support.js";

// 会费台账: A 会员编号, B 姓名. 慰问金台账: B 日期, C 会员编号, D 姓名. 会员名册: A 会员编号.

describe("references to the roster", () => {
  it("flags unknown member numbers, wrong names and payments outside the membership, on both ledgers", async () => {
    const d = cleanData();
    setDues(d, "M001", duesRow("M001", 4537.8, eachMonth(1, 12, 22.65), { name: "张叁" })); // B3: wrong name
    addMember(
      d,
      { memberId: "M004", name: "赵六", status: "在职", joinDate: "2024-06-01" },
      duesRow("M004", 3000, eachMonth(6, 12, 15)),
    );
    addMember(
      d,
      { memberId: "M005", name: "钱七", status: "已转出", joinDate: "2016-01-01", statusDate: "2024-09-01" },
      duesRow("M005", 3000, eachMonth(1, 8, 15)),
    );
    const [unknownDues] = append(d, SHEET.dues, { memberId: "M099", name: "无名", wage: 3000, ...{ m1: 15 } });
    expect(unknownDues).toBe(8);
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M098", "困难帮扶", "2024-03-01", 300, { name: "无名" }), // 5: unknown
      condolence("M002", "困难帮扶", "2024-03-02", 300, { memberId: " M002 ", name: "李 四" }), // 6: near-miss (spaces)
      condolence("M001", "困难帮扶", "2024-03-03", 300, { name: "张三丰" }), // 7: wrong name
      condolence("M004", "困难帮扶", "2024-05-31", 300), // 8: the day before joining
      condolence("M004", "困难帮扶", "2024-06-01", 300), // 9: near-miss: the day of joining
      condolence("M005", "困难帮扶", "2024-08-31", 300), // 10: near-miss: last day before the transfer out
      condolence("M005", "困难帮扶", "2024-09-01", 300), // 11: the day of the transfer out
      condolence("M003", "退休离岗", "2024-08-01", 500, { form: "纪念品" }), // 12: near-miss: retirees stay members
    );
    expect(rows).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    const a = await analyzeData(d);
    expectFindings(a, [
      `name_mismatch ${SHEET.dues}!B3`,
      `member_unknown ${SHEET.dues}!A8`,
      `member_unknown ${SHEET.condolences}!C5`,
      `name_mismatch ${SHEET.condolences}!D7`,
      `member_inactive ${SHEET.condolences}!B8`,
      `member_inactive ${SHEET.condolences}!B11`,
    ]);

    const unknown = findingAt(a, "member_unknown", SHEET.condolences, "C5");
    expect(unknown.params).toMatchObject({ memberId: "M098" });
    expect(unknown.severity).toBe("error");
    expect(messageOf(unknown)).toContain("会员编号“M098”不在会员名册中");
    expect(findingAt(a, "member_unknown", SHEET.dues, "A8").params).toMatchObject({ memberId: "M099" });

    const name = findingAt(a, "name_mismatch", SHEET.condolences, "D7");
    expect(name.params).toMatchObject({ memberId: "M001", rosterName: "张三", name: "张三丰" });
    expect(name.severity).toBe("warning");
    expect(messageOf(name)).toContain("姓名“张三丰”与会员名册中 M001 的姓名“张三”不一致");
    expect(findingAt(a, "name_mismatch", SHEET.dues, "B3").params).toMatchObject({ rosterName: "张三", name: "张叁" });

    const early = findingAt(a, "member_inactive", SHEET.condolences, "B8");
    expect(early.params).toMatchObject({ memberId: "M004", date: "2024-05-31", from: "2024-06-01", until: null });
    expect(early.severity).toBe("error");
    expect(messageOf(early)).toContain("2024-05-31 时 M004 不是在册会员");
    expect(messageOf(early)).toContain("入会日期 2024-06-01");
    const late = findingAt(a, "member_inactive", SHEET.condolences, "B11");
    expect(late.params).toMatchObject({ memberId: "M005", date: "2024-09-01", until: "2024-09-01" });
    expect(messageOf(late)).toContain("2024-09-01 起会籍变动");
  });
});

describe("duplicate_key", () => {
  it("flags a 会员编号 used twice in the roster (also with stray spaces), not two members with the same name", async () => {
    const d = cleanData();
    const [again = 0, spaced = 0] = append(
      d,
      SHEET.members,
      { memberId: "M001", name: "张三", gender: "男", status: "在职" },
      { memberId: " M002", name: "李四", gender: "女", status: "在职" },
    );
    addMember(
      d,
      { memberId: "M004", name: "张三", status: "在职", joinDate: "2015-01-01" },
      duesRow("M004", 3000, eachMonth(1, 12, 15)),
    );
    const a = await analyzeData(d);
    expectFindings(a, [`duplicate_key ${SHEET.members}!A${again}`, `duplicate_key ${SHEET.members}!A${spaced}`]);
    const f = findingAt(a, "duplicate_key", SHEET.members, "A6");
    expect(f.params).toMatchObject({ key: "M001", firstRow: 3 });
    expect(f.severity).toBe("error");
    expect(messageOf(f)).toContain("会员编号“M001”与第3行重复");
    expect(findingAt(a, "duplicate_key", SHEET.members, "A7").params).toMatchObject({ key: "M002", firstRow: 4 });
  });
});

import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { activity, append, condolence, expectFindings, findingAt, SHEET } from "./support.js";

// 慰问金台账: I 经手人, J 审批人 (every payment). 活动台账: K 经手人, L 审批人 (only when 费用 > 0).

describe("approval_missing and approval_same_person", () => {
  it("flag condolence payments and paid activities without two different people, not free activities", async () => {
    const d = cleanData();
    const aid = (memberId: string, date: string, people: { handler?: string; approver?: string }) =>
      condolence(memberId, "困难帮扶", date, 300, { form: "现金", handler: undefined, approver: undefined, ...people });
    const cond = append(
      d,
      SHEET.condolences,
      aid("M001", "2024-06-01", { approver: "王主席" }), // 5: no 经手人
      aid("M002", "2024-06-02", { handler: "周干事" }), // 6: no 审批人
      aid("M003", "2024-06-03", {}), // 7: neither
      aid("M001", "2024-06-04", { handler: "周干事", approver: "周干事" }), // 8: the same person
      aid("M002", "2024-06-05", { handler: "周 干事", approver: "周干事" }), // 9: the same, with a space
      aid("M003", "2024-06-06", { handler: "周干事", approver: "周干部" }), // 10: near-miss: two people
    );
    expect(cond).toEqual([5, 6, 7, 8, 9, 10]);
    const act = append(
      d,
      SHEET.activities,
      activity("篮球赛", "2024-05-01", 800, { handler: undefined }), // 4
      activity("乒乓球赛", "2024-05-02", 800, { approver: undefined }), // 5
      activity("读书会", "2024-05-03", 0, { handler: undefined, approver: undefined, funding: undefined }), // 6: free
      activity("义务植树", "2024-05-04", undefined, { handler: undefined, approver: undefined, funding: undefined }), // 7: no cost
      activity("羽毛球赛", "2024-05-05", 100, { handler: "王主席", approver: "王主席" }), // 8
      activity("棋类比赛", "2024-05-06", 0, { handler: "王主席", approver: "王主席" }), // 9: free
    );
    expect(act).toEqual([4, 5, 6, 7, 8, 9]);
    const a = await analyzeData(d);
    expectFindings(a, [
      `approval_missing ${SHEET.condolences}!I5`,
      `approval_missing ${SHEET.condolences}!J6`,
      `approval_missing ${SHEET.condolences}!I7`,
      `approval_missing ${SHEET.condolences}!J7`,
      `approval_same_person ${SHEET.condolences}!J8`,
      `approval_same_person ${SHEET.condolences}!J9`,
      `approval_missing ${SHEET.activities}!K4`,
      `approval_missing ${SHEET.activities}!L5`,
      `approval_same_person ${SHEET.activities}!L8`,
    ]);

    const handler = findingAt(a, "approval_missing", SHEET.condolences, "I5");
    expect(handler.params).toMatchObject({ header: "经手人" });
    expect(handler.severity).toBe("error");
    expect(messageOf(handler)).toContain("“经手人”为空");
    const approver = findingAt(a, "approval_missing", SHEET.activities, "L5");
    expect(approver.params).toMatchObject({ header: "审批人" });
    expect(messageOf(approver)).toContain("“审批人”为空");
    const same = findingAt(a, "approval_same_person", SHEET.condolences, "J8");
    expect(same.params).toMatchObject({ person: "周干事" });
    expect(same.severity).toBe("warning");
    expect(messageOf(same)).toContain("经手人与审批人都是“周干事”");
    expect(findingAt(a, "approval_same_person", SHEET.activities, "L8").params).toMatchObject({ person: "王主席" });
  });
});

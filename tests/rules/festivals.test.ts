import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { LISTS, STATUTORY_FESTIVALS } from "../../src/layout/lists.js";
import { BUILTIN_PROFILES } from "../../src/profiles/builtin.js";
import { toFile } from "../../src/profiles/profile-file.js";
import type { Profile } from "../../src/profiles/profile.js";
import { analyzeData, cleanData, profileById } from "../helpers/ledger.js";
import { append, condolence, expectFindings, findingAt, SHEET } from "./support.js";

// Issue 12 item 9: 节日慰问 only for the statutory festivals and the 少数民族节日 approved at
// autonomous-region level or above (总工办发〔2017〕32号), which a profile names one by one.
const gift = (memberId: string, festival: string, date: string) =>
  condolence(memberId, "节日慰问", date, 100, { festival });

const xinjiangLike: Profile = {
  ...profileById("default"),
  id: "test-region",
  name: "测试自治区方案",
  festivals: [...STATUTORY_FESTIVALS, "古尔邦节", "肉孜节"],
};

describe("festival_unnamed", () => {
  it("asks for the name of a gift under the generic 少数民族节日; a built-in profile names none", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      gift("M001", "少数民族节日", "2024-06-16"), // 5
      gift("M002", "古尔邦节", "2024-06-16"), // 6: default names no minority festival
      gift("M003", "清明", "2024-04-04"), // 7: statutory
    );
    expect(rows).toEqual([5, 6, 7]);
    const a = await analyzeData(d);
    expectFindings(a, [`festival_unnamed ${SHEET.condolences}!F5`, `festival_missing ${SHEET.condolences}!F6`]);
    const unnamed = findingAt(a, "festival_unnamed", SHEET.condolences, "F5");
    expect(unnamed.severity).toBe("error");
    expect(unnamed.params).toEqual({ listed: [] });
    expect(messageOf(unnamed)).toContain("“少数民族节日”不是节日名称，请在“节日”中写明具体节日");
    expect(messageOf(unnamed)).toContain("经自治区以上人民政府批准设立的少数民族节日");
    expect(messageOf(unnamed)).toContain("经费标准方案未列出少数民族节日");
    expect(messageOf(unnamed, "en")).toContain("write the festival's name");
  });

  it("accepts the minority festivals a profile names, names them in the finding, and no others", async () => {
    const d = cleanData();
    append(
      d,
      SHEET.condolences,
      gift("M001", "古尔邦节", "2024-06-16"), // 5: named by the profile
      gift("M002", "肉孜节", "2024-04-10"), // 6: named by the profile
      gift("M003", "少数民族节日", "2024-06-17"), // 7
      gift("M001", "那达慕", "2024-07-11"), // 8: not named by this profile
    );
    const a = await analyzeData(d, { profile: xinjiangLike });
    expectFindings(a, [`festival_unnamed ${SHEET.condolences}!F7`, `festival_missing ${SHEET.condolences}!F8`]);
    const unnamed = findingAt(a, "festival_unnamed", SHEET.condolences, "F7");
    expect(unnamed.params).toEqual({ listed: ["古尔邦节", "肉孜节"] });
    expect(messageOf(unnamed)).toContain("经费标准方案列明的少数民族节日有：古尔邦节、肉孜节。");
    expect(messageOf(unnamed, "en")).toContain("the profile names 古尔邦节, 肉孜节.");
  });

  it("is not accepted by a 1.0 template's stamped profile, whose festivals held the generic entry", async () => {
    const d = cleanData();
    append(d, SHEET.condolences, gift("M001", "少数民族节日", "2024-06-16"));
    const stamped: Profile = { ...profileById("default"), festivals: [...LISTS.festival] };
    const a = await analyzeData(d, { templateProfile: stamped });
    expect(a.profile.festivals).toContain("少数民族节日");
    expectFindings(a, [`festival_unnamed ${SHEET.condolences}!F5`]);
    expect(findingAt(a, "festival_unnamed", SHEET.condolences, "F5").params).toEqual({ listed: [] });
  });

  it("leaves the generic entry out of every built-in profile and its profile file", () => {
    for (const p of BUILTIN_PROFILES) {
      expect(p.festivals, p.id).toEqual(STATUTORY_FESTIVALS);
      expect(toFile(p).festivals, p.id).not.toContain("少数民族节日");
    }
  });
});

import { describe, expect, it } from "vitest";
import { forbiddenKeywordIn } from "../../src/rules/keywords.js";

// Issue 12 item 7: remark and activity-name phrases as clerks write them. The 八不准 forbid spending
// union funds on 请客送礼 (treating guests, banquets), shopping/gift cards, tobacco and alcohol,
// KTV and gym cards; a phrase that only shares the letters, or forbids the thing, is not one.
const MATCH: readonly (readonly [string, string])[] = [
  ["部门请客聚餐", "请客"],
  ["年终请客吃饭", "请客"],
  ["工会出资请客", "请客"],
  ["春节请客送礼", "请客"],
  ["项目结束请客户吃饭", "请客"],
  ["答谢会后再请客一次", "请客"],
  ["未经批准请客", "请客"],
  ["宴请客户", "宴请"],
  ["宴请上级工会检查组", "宴请"],
  ["答谢宴请合作单位", "宴请"],
  ["宴请客户吃饭", "宴请"],
  ["购买超市购物卡发放会员", "购物卡"],
  ["春节发放购物卡", "购物卡"],
  ["三八节发放礼品卡", "礼品卡"],
  ["话费充值卡", "充值卡"],
  ["采购烟酒", "烟酒"],
  ["含烟酒", "烟酒"],
  ["招待用香烟两条", "香烟"],
  ["年终KTV联欢", "KTV"],
  ["ktv歌唱比赛", "KTV"],
  ["ＫＴＶ团建", "KTV"],
  ["在KTV包厢举办生日会", "KTV"],
  ["发放健身卡", "健身卡"],
  ["办理游泳健身卡", "健身卡"],
  ["活动结束后，部门请客", "请客"], // a clause of its own: the comma ends nothing that forbids
  ["禁止迟到，活动后购买烟酒", "烟酒"], // 禁止 is in another clause
];

const NO_MATCH: readonly string[] = [
  "请客服中心派员协助调试音响",
  "请客服协助",
  "烦请客服人员到场",
  "邀请客座教授讲座",
  "聘请客座讲师授课",
  "申请客车接送",
  "春秋游乘坐旅游客车",
  "请客运公司派车",
  "请客户代表参加座谈",
  "提请客户注意安全",
  "请客房部协助布置会场",
  "请客家山歌艺人演出",
  "邀请赛请客队先入场",
  "请客观填写满意度问卷",
  "敬请客人入座",
  "工作餐",
  "职工聚餐",
  "会员生日蛋糕卡",
  "旅游大巴",
  "入住宾馆客房",
  "自助餐厅用餐",
  "健身操比赛",
  "职工健身房器材维护",
  "健身卡路里挑战赛",
  "职工购物节",
  "卡拉OK比赛",
  "婚宴请柬印制",
  "集体婚礼喜宴请帖",
  "活动现场禁止烟酒",
  "严禁请客送礼",
  "廉洁教育：严禁使用工会经费请客送礼",
  "控烟讲座：戒烟酒",
  "活动不含烟酒",
  "无烟酒",
  "禁止烟酒、香烟",
  "不请客不送礼",
  "职工食堂饭卡充值",
  "困难职工帮扶",
  "三八节插花活动",
  "篮球友谊赛",
  "在岗职工健康体检",
  "请假人员另行通知",
  "请示报告已批",
  "KTVS",
  "",
];

describe("forbiddenKeywordIn: words, not letters", () => {
  it(`finds the word in ${MATCH.length} phrases that use it`, () => {
    const wrong = MATCH.filter(([text, word]) => forbiddenKeywordIn(text) !== word);
    expect(wrong.map(([text]) => [text, forbiddenKeywordIn(text)])).toEqual([]);
  });

  it(`finds nothing in ${NO_MATCH.length} phrases that only share its letters or forbid it`, () => {
    expect(
      NO_MATCH.filter((text) => forbiddenKeywordIn(text) !== undefined).map((t) => [t, forbiddenKeywordIn(t)]),
    ).toEqual([]);
  });
});

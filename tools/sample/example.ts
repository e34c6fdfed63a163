import { isoDate, lastOfMonth, type IsoDate } from "../../src/dates/calendar-date.js";
import type { FillData, FillRow, FillValue } from "../../src/template/fill.js";
import { ACTIVITIES_SHEET } from "../../src/layout/template-layout.js";
import { ACTIVITY_NAMES, DEPARTMENTS, GIVEN, SURNAMES } from "./names.js";
import { Random } from "./random.js";

export interface ExampleOptions {
  readonly seed: number;
  readonly year: number;
  readonly unionName: string;
  readonly members: number;
  readonly activities: number;
  readonly condolences: number;
  /** Plant the honest mistakes of PLANTED (the bundled example has them; the benchmark too). */
  readonly mistakes: boolean;
}

export const EXAMPLE_OPTIONS: ExampleOptions = {
  seed: 20241231,
  year: 2024,
  unionName: "江城精密机械有限公司工会委员会",
  members: 300,
  activities: 80,
  condolences: 200,
  mistakes: true,
};

/** A mistake planted on purpose, with the finding code and sheet that must report it. */
export interface Planted {
  readonly code: string;
  readonly sheet: string;
  readonly row: number;
}

interface Member {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly joinDate: IsoDate;
  readonly statusDate: IsoDate | undefined;
  readonly wageYuan: number;
}

const FIRST_ROW = 3; // template rows: title, header, then data
const d = (y: number, m: number, day: number): IsoDate => isoDate(y, m, day) as IsoDate;

/** A realistic mid-size union's year, made from a seed: roster, dues, activities, condolences. */
export function makeExample(o: ExampleOptions = EXAMPLE_OPTIONS): { data: FillData; planted: Planted[] } {
  const rnd = new Random(o.seed);
  const Y = o.year;
  const members: Member[] = [];
  for (let i = 1; i <= o.members; i++) {
    const roll = rnd.next();
    const status =
      roll < 0.86 ? "在职" : roll < 0.95 ? "退休" : roll < 0.97 ? "失业保留会籍" : roll < 0.99 ? "已转出" : "已退会";
    const joinedThisYear = status === "在职" && rnd.chance(0.06);
    const joinDate = joinedThisYear
      ? d(Y, rnd.int(1, 11), rnd.int(1, 28))
      : d(rnd.int(1995, Y - 1), rnd.int(1, 12), rnd.int(1, 28));
    const changesThisYear = status !== "在职" && status !== "失业保留会籍" && rnd.chance(0.5);
    const statusDate = changesThisYear
      ? d(Y, rnd.int(2, 12), 1)
      : status === "在职"
        ? undefined
        : d(rnd.int(2015, Y - 1), rnd.int(1, 12), 1);
    const name = rnd.pick(SURNAMES) + rnd.pick(GIVEN) + (rnd.chance(0.6) ? rnd.pick(GIVEN) : "");
    members.push({
      id: `GH${String(i).padStart(5, "0")}`,
      name,
      status,
      joinDate,
      statusDate,
      wageYuan: rnd.int(3000, 14000) + rnd.int(0, 99) / 100,
    });
  }
  const planted: Planted[] = [];
  const plant = (code: string, sheet: string, index: number): void =>
    void planted.push({ code, sheet, row: FIRST_ROW + index });

  const roster: FillRow[] = members.map((m) => ({
    memberId: m.id,
    name: m.name,
    gender: rnd.chance(0.45) ? "女" : "男",
    department: rnd.pick(DEPARTMENTS),
    joinDate: m.joinDate,
    status: m.status,
    statusDate: m.statusDate,
    remark: undefined,
  }));

  const dues: FillRow[] = members.map((m) => duesRow(m, Y, rnd));
  const activities = makeActivities(o, rnd);
  const condolences = makeCondolences(o, members, rnd);
  lifeEvents(Y, members, roster, dues, condolences);

  if (o.mistakes) {
    // Honest mistakes a clerk makes; each must be found where it is.
    const w = dues.findIndex(
      (r, i) => i > 10 && members[i]?.status === "在职" && typeof r["m3"] === "number" && typeof r["m4"] === "number",
    );
    dues[w] = { ...dues[w], m3: 0 }; // forgot one month
    plant("dues_mismatch", "会费台账", w);
    const textMoney = dues.findIndex((r, i) => i > w + 5 && typeof r["m1"] === "number");
    const tm = dues[textMoney];
    if (tm && typeof tm["m1"] === "number") {
      dues[textMoney] = { ...tm, m1: `¥${(tm["m1"] as number).toFixed(2)}` }; // typed as text
      plant("normalized_value", "会费台账", textMoney);
    }
    const paid = (from: number): number => activities.findIndex((a, i) => i >= from && Number(a["cost"]) > 0);
    const same = paid(5);
    activities[same] = { ...activities[same], approver: activities[same]?.["handler"] };
    plant("approval_same_person", "活动台账", same);
    const unfunded = paid(12);
    activities[unfunded] = { ...activities[unfunded], funding: undefined };
    plant("funding_missing", "活动台账", unfunded);
    activities[20] = { ...activities[20], date: `${Y}年5月4日` };
    plant("normalized_value", "活动台账", 20);
    const trip = activities.findIndex((a) => a["category"] === "春秋游");
    if (trip >= 0) {
      activities[trip] = { ...activities[trip], cost: 260 * Number(activities[trip]?.["participants"] ?? 1) };
      plant("per_capita_exceeded", "活动台账", trip);
    }
    const sick = condolences.findIndex((c) => c["reason"] === "生病住院");
    condolences[sick] = { ...condolences[sick], amount: 1500 };
    plant("cap_exceeded", "慰问金台账", sick);
    const birthday = condolences.findIndex((c) => c["reason"] === "生日慰问");
    condolences[birthday] = { ...condolences[birthday], form: "现金" };
    plant("form_forbidden", "慰问金台账", birthday);
    const festival = condolences.findIndex((c, i) => c["reason"] === "节日慰问" && i > 30);
    condolences[festival] = { ...condolences[festival], festival: undefined };
    plant("festival_missing", "慰问金台账", festival);
    const typo = condolences.findIndex((c, i) => i > 60 && c["reason"] === "节日慰问");
    condolences[typo] = { ...condolences[typo], name: `${String(condolences[typo]?.["name"] ?? "").slice(0, 1)}某` };
    plant("name_mismatch", "慰问金台账", typo);
    const last = condolences[condolences.length - 1];
    if (last) {
      condolences.push({ ...last, seq: condolences.length + 1 });
      plant("duplicate_row", "慰问金台账", condolences.length - 1);
    }
    condolences[3] = { ...condolences[3], date: d(Y - 1, 12, 28) };
    plant("date_out_of_year", "慰问金台账", 3);
    // A 合计 row under the activities, as clerks add one: SUMs over the columns above (template 1.1
    // reads it as a total row, not as an 81st activity).
    const letter = (key: string): string =>
      String.fromCharCode(65 + ACTIVITIES_SHEET.columns.findIndex((c) => c.key === key));
    const lastRow = FIRST_ROW + activities.length - 1;
    const sum = (key: string): FillRow[string] => ({
      formula: `SUM(${letter(key)}${FIRST_ROW}:${letter(key)}${lastRow})`,
      result: Math.round(activities.reduce((t, a) => t + Number(a[key] ?? 0), 0) * 100) / 100,
    });
    activities.push({ name: "合计", participants: sum("participants"), cost: sum("cost") });
    plant("total_row", "活动台账", activities.length - 1);
  }

  return {
    data: {
      info: {
        unionName: o.unionName,
        employer: o.unionName.replace(/工会委员会$/, ""),
        upperUnion: "江城市高新区总工会",
        fiscalYear: Y,
        preparer: "李会计",
        phone: "0710-3388123",
        filedOn: d(Y + 1, 1, 10),
      },
      sheets: { 会员名册: roster, 会费台账: dues, 活动台账: activities, 慰问金台账: condolences },
    },
    planted,
  };
}

/**
 * What template 1.1 lets a clerk record (issue 12), each once, on members far from the planted
 * mistakes: a death with its benefit, a stated pay change, an approved exemption and a January
 * payment that includes last December's dues. All correct: none is a finding.
 */
function lifeEvents(Y: number, members: Member[], roster: FillRow[], dues: FillRow[], condolences: FillRow[]): void {
  const allYear = (i: number): boolean => {
    const m = members[i];
    return m !== undefined && m.status === "在职" && m.joinDate < d(Y, 1, 1) && dues[i]?.["remark"] === undefined;
  };
  // Members from these shares of the roster on, each taken once; a small roster (the roll-up's
  // units) may have no fitting member for an event, which is then left out.
  const taken = new Set<number>();
  const pick = (share: number, also: (i: number) => boolean = () => true): number | undefined => {
    for (let i = Math.floor(members.length * share); i < members.length; i++)
      if (!taken.has(i) && allYear(i) && also(i)) return (taken.add(i), i);
    return undefined;
  };
  const dueOf = (wageYuan: number): number => (Math.floor(Math.round(wageYuan * 100) / 1000) * 1000 * 0.005) / 100;
  const death = d(Y, 11, 20);
  // Nobody is paid for after the death date but the family.
  const died = pick(
    0.4,
    (i) => !condolences.some((c) => c["memberId"] === members[i]?.id && String(c["date"]) >= death),
  );
  const dm = died === undefined ? undefined : members[died];
  if (died !== undefined && dm) {
    members[died] = { ...dm, status: "去世", statusDate: death };
    roster[died] = { ...roster[died], status: "去世", statusDate: death, remark: "病故" };
    dues[died] = { ...dues[died], m12: undefined };
    const benefit = {
      date: d(Y, 11, 25),
      memberId: dm.id,
      name: dm.name,
      reason: "会员去世",
      form: "现金",
      amount: 1000,
    };
    condolences.push({ ...benefit, handler: "李会计", approver: "王主席" });
    condolences.sort((a, b) => String(a["date"]).localeCompare(String(b["date"])));
    condolences.forEach((c, i) => (condolences[i] = { ...c, seq: i + 1 }));
  }

  const raise = pick(0.45);
  if (raise !== undefined) {
    const after = Math.round(((members[raise]?.wageYuan ?? 0) + 612.34) * 100) / 100;
    const raised: Record<string, FillValue> = {
      ...dues[raise],
      wageChangeMonth: 7,
      wageAfter: after,
      remark: "7月起调资",
    };
    for (let m = 7; m <= 12; m++) raised[`m${m}`] = dueOf(after);
    dues[raise] = raised;
  }

  const exempt = pick(0.5);
  if (exempt !== undefined) {
    const cleared: Record<string, FillValue> = { ...dues[exempt] };
    for (let m = 1; m <= 12; m++) cleared[`m${m}`] = undefined;
    dues[exempt] = { ...cleared, exemptMonths: "全年", exemptBasis: `工会委员会${Y}年第2次会议决定（困难职工）` };
  }

  const late = pick(0.55);
  if (late !== undefined) {
    const due = dueOf(members[late]?.wageYuan ?? 0);
    dues[late] = {
      ...dues[late],
      m1: Math.round(due * 200) / 100,
      catchUp: due,
      remark: "1月连同上年12月会费一并缴纳",
    };
  }
}

function owedMonths(m: Member, Y: number): number[] {
  const months: number[] = [];
  for (let mo = 1; mo <= 12; mo++) {
    const first = d(Y, mo, 1);
    const last = lastOfMonth(Y, mo);
    const from = m.status === "在职" ? m.joinDate : m.joinDate;
    const until = m.status === "在职" ? undefined : m.statusDate;
    if (from <= last && (until === undefined || until > first)) months.push(mo);
  }
  return m.status === "在职" || m.statusDate ? months : [];
}

function duesRow(m: Member, Y: number, rnd: Random): FillRow {
  const dueFen = Math.floor(Math.round(m.wageYuan * 100) / 1000) * 1000 * 0.005;
  const owed = owedMonths(m, Y);
  const row: Record<string, string | number | undefined> = { memberId: m.id, name: m.name, wage: m.wageYuan };
  if (owed.length > 0 && rnd.chance(0.08)) {
    row[`m${owed[0]}`] = (dueFen * owed.length) / 100; // the whole year at once
    row["remark"] = "全年一次缴清";
  } else {
    for (const mo of owed) row[`m${mo}`] = dueFen / 100;
  }
  return row;
}

function makeActivities(o: ExampleOptions, rnd: Random): FillRow[] {
  const weights: [string, number][] = [
    ["文体活动", 30],
    ["劳动竞赛", 10],
    ["职工教育培训", 14],
    ["宣传活动", 8],
    ["春秋游", 4],
    ["职代会与民主管理", 6],
    ["女职工活动", 8],
    ["劳模疗休养", 2],
    ["会议", 14],
    ["其他", 4],
  ];
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const rows: FillRow[] = [];
  const handlers = ["李会计", "周干事", "陈委员"];
  const approvers = ["王主席", "刘副主席"];
  for (let i = 0; i < o.activities; i++) {
    let roll = rnd.int(1, total);
    const category = weights.find(([, w]) => (roll -= w) <= 0)?.[0] ?? "其他";
    // Quiet in February (Spring Festival) and August, as many units are.
    const month = rnd.pick([1, 3, 3, 4, 4, 5, 5, 6, 6, 7, 9, 9, 10, 10, 11, 11, 12, 12]);
    const participants =
      category === "会议" ? rnd.int(7, 15) : category === "春秋游" ? rnd.int(60, 180) : rnd.int(15, 260);
    const perHead = category === "会议" ? 0 : category === "春秋游" ? rnd.int(120, 190) : rnd.int(10, 60);
    const cost = category === "会议" && rnd.chance(0.7) ? 0 : participants * perHead + rnd.int(0, 99) / 100;
    rows.push({
      seq: i + 1,
      date: d(o.year, month, rnd.int(1, 28)),
      name: rnd.pick(ACTIVITY_NAMES[category] ?? ["活动"]),
      category,
      place: rnd.pick(["职工活动中心", "三楼会议室", "厂区运动场", "市体育馆", "城郊生态园"]),
      organizer: "工会办公室",
      participants,
      cost,
      funding: cost > 0 ? rnd.pick(["工会经费", "工会经费", "会费", "行政补助"]) : undefined,
      handler: cost > 0 ? rnd.pick(handlers) : undefined,
      approver: cost > 0 ? rnd.pick(approvers) : undefined,
    });
  }
  return rows.sort((a, b) => String(a["date"]).localeCompare(String(b["date"]))).map((r, i) => ({ ...r, seq: i + 1 }));
}

function makeCondolences(o: ExampleOptions, members: readonly Member[], rnd: Random): FillRow[] {
  const Y = o.year;
  const active = members.filter((m) => m.status === "在职" && !(m.joinDate > d(Y, 1, 1)));
  const rows: FillRow[] = [];
  const add = (m: Member, date: IsoDate, reason: string, form: string, amount: number, festival?: string): void =>
    void rows.push({
      date,
      memberId: m.id,
      name: m.name,
      reason,
      festival,
      form,
      amount,
      handler: "李会计",
      approver: "王主席",
    });
  const festivalCount = Math.round(o.condolences * 0.45);
  const festivals: [string, IsoDate, number][] = [
    ["春节", d(Y, 2, 5), 500],
    ["端午", d(Y, 6, 7), 200],
    ["中秋", d(Y, 9, 13), 400],
  ];
  for (let i = 0; i < festivalCount; i++) {
    const [fest, date, amount] = festivals[i % festivals.length] ?? festivals[0]!;
    add(active[Math.floor(i / festivals.length) % active.length]!, date, "节日慰问", "实物", amount, fest);
  }
  const others: [string, string, number, number][] = [
    ["生日慰问", "蛋糕券", 200, 300],
    ["生病住院", "现金", 300, 800],
    ["结婚慰问", "现金", 500, 600],
    ["生育慰问", "现金", 500, 600],
    ["直系亲属去世", "现金", 500, 1000],
    ["困难帮扶", "现金", 1000, 3000],
    ["夏送清凉", "实物", 50, 100],
    ["冬送温暖", "实物", 100, 300],
    ["金秋助学", "现金", 1000, 2000],
  ];
  let k = 0;
  const used = new Set<string>();
  while (rows.length < o.condolences) {
    const [reason, form, lo, hi] = others[k++ % others.length]!;
    const m = rnd.pick(active);
    const key = `${m.id}${reason}`;
    if (used.has(key)) continue;
    used.add(key);
    add(m, d(Y, rnd.int(1, 12), rnd.int(1, 28)), reason, form, rnd.int(lo / 50, hi / 50) * 50);
  }
  const retiree = members.find((m) => m.status === "退休" && m.statusDate && m.statusDate > d(Y, 1, 1));
  if (retiree) add(retiree, retiree.statusDate as IsoDate, "退休离岗", "纪念品", 800);
  return rows.sort((a, b) => String(a["date"]).localeCompare(String(b["date"]))).map((r, i) => ({ seq: i + 1, ...r }));
}

import { yuan } from "../money/fen.js";
import { STATUTORY_FESTIVALS } from "../layout/lists.js";
import type { Profile, ReasonCap } from "./profile.js";

const cap = (y: number): ReasonCap => ({ capFen: yuan(y) });

/** Shared by every profile unless it says otherwise (domain-rules.md "Also in a profile"). */
const COMMON = {
  repeats: { 生日慰问: { limit: 1 }, 生病住院: { limit: 2 }, 会员去世: { limit: 1, ever: true } },
  dues: { rate: 0.005, truncationYuan: 10 },
  retentionRatio: 0.6,
  codeSystem: "2017",
  // No built-in names a 少数民族节日: none of their sources lists one (内蒙古's 内工发〔2022〕38号 names
  // the seven statutory festivals only), and the generic "少数民族节日" is no festival's name.
  festivals: STATUTORY_FESTIVALS,
} as const satisfies Partial<Profile>;

const DEFAULT_CAPS = {
  生日慰问: cap(300),
  结婚慰问: cap(600),
  生育慰问: cap(600),
  生病住院: cap(1000),
  会员去世: cap(2000),
  直系亲属去世: cap(1000),
  退休离岗: cap(1000),
} as const;

/** 山东 2018: 春秋游 200 元/人/天, 工作餐 40 元/人; `default` borrows them as a reference. */
const SHANDONG_PER_CAPITA = [
  { label: "春秋游", category: "春秋游", capFen: yuan(200), perDay: true },
  { label: "工作餐", nameIncludes: "工作餐", capFen: yuan(40), perDay: false },
] as const;

export const BUILTIN_PROFILES: readonly Profile[] = [
  {
    id: "default",
    name: "通用参考方案（非官方标准）",
    official: false,
    year: 2024,
    source: "各省实施细则的中间水平，仅供参考，不是任何地区的正式标准",
    festival: { shape: "perMemberYear", capFen: yuan(1500) },
    caps: DEFAULT_CAPS,
    perCapita: SHANDONG_PER_CAPITA,
    ...COMMON,
  },
  {
    id: "shandong-2018",
    name: "山东省基层工会经费收支管理实施细则",
    official: true,
    year: 2018,
    source: "山东省总工会 2018年 基层工会经费收支管理实施办法（公开转述）",
    festival: { shape: "perMemberYear", capFen: yuan(1600) },
    caps: { ...DEFAULT_CAPS, 生病住院: cap(600), 退休离岗: cap(2000) },
    perCapita: SHANDONG_PER_CAPITA,
    ...COMMON,
  },
  {
    id: "anhui-2018",
    name: "安徽省基层工会经费收支管理实施办法",
    official: true,
    year: 2018,
    source: "安徽省总工会 2018年 实施办法（公开转述）",
    festival: { shape: "perMemberYear", capFen: yuan(1500) },
    caps: DEFAULT_CAPS,
    perCapita: [],
    ...COMMON,
  },
  {
    id: "hubei-2018",
    name: "湖北省基层工会经费收支管理实施细则",
    official: true,
    year: 2018,
    source: "湖北省总工会 2018年 实施细则（公开转述）",
    festival: { shape: "perMemberYear", capFen: yuan(1200) },
    caps: {
      生日慰问: cap(300),
      结婚慰问: cap(1000),
      生育慰问: cap(500),
      生病住院: cap(1000),
      会员去世: cap(1000),
      直系亲属去世: cap(1000),
      退休离岗: cap(1000),
    },
    perCapita: [],
    ...COMMON,
  },
  {
    id: "fujian-2018",
    name: "福建省基层工会经费收支管理实施细则",
    official: true,
    year: 2018,
    source: "福建省总工会 闽工〔2018〕158号（公开转述）",
    festival: { shape: "perMemberYear", capFen: yuan(1300) },
    // 结婚: the rule is silent ("–"), so no cap check.
    caps: {
      生日慰问: cap(300),
      生育慰问: cap(500),
      生病住院: { capFen: yuan(500), raised: { capFen: yuan(1000), whenRemarkIncludes: "手术" } },
      会员去世: cap(2000),
      直系亲属去世: cap(1000),
      退休离岗: cap(500),
    },
    perCapita: [],
    ...COMMON,
  },
  {
    id: "neimenggu-2023",
    name: "内蒙古自治区基层工会经费使用通知",
    official: true,
    year: 2023,
    source: "内蒙古自治区总工会 2022年通知（2023年起执行，公开转述）",
    festival: { shape: "perMemberYear", capFen: yuan(2500) },
    caps: DEFAULT_CAPS,
    perCapita: [],
    ...COMMON,
  },
  {
    id: "beijing-2019",
    name: "北京市基层工会经费收支管理通知",
    official: true,
    year: 2019,
    source: "北京市总工会 2019年通知（公开转述）",
    festival: { shape: "pool", shareOfBudgetedIncome: 0.5 },
    caps: DEFAULT_CAPS,
    perCapita: [],
    ...COMMON,
  },
  {
    id: "guizhou-example",
    name: "按节日分别限额的示例方案（贵州形式）",
    official: false,
    year: 2024,
    source: "domain-rules.md 的示例形式：春节500元、其他节日各200元；仅作形式示例",
    festival: { shape: "perFestival", capsFen: { 春节: yuan(500) }, otherFen: yuan(200) },
    caps: { ...DEFAULT_CAPS, 生日慰问: cap(300) },
    perCapita: [],
    ...COMMON,
  },
];

export const DEFAULT_PROFILE_ID = "default";

export function findProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES.find((p) => p.id === id);
}

/**
 * One profile file for each mistake the checker knows (problems.ts): what is changed in a good
 * file, and where and which problem the checker must report. Shared by the message and the JSON
 * Schema tests.
 */
import { BUILTIN_PROFILES } from "../../src/profiles/builtin.js";
import { toFile } from "../../src/profiles/profile-file.js";
import type { ProblemCode } from "../../src/profiles/problems.js";

export type ProfileData = Record<string, unknown>;

/** A correct file that uses every part of the format: per-festival caps, a raised cap, ever, both kinds of per-capita limit. */
export function goodFile(): ProfileData {
  return {
    ...structuredClone(toFile(BUILTIN_PROFILES[1] ?? BUILTIN_PROFILES[0]!)),
    id: "test-district-2025",
    name: "某某区工会经费使用标准",
    issuer: "某某区总工会",
    source: "某工发〔2025〕1号",
    year: 2025,
    festival: { shape: "perFestival", capsYuan: { 春节: 500, 古尔邦节: 300 }, otherYuan: 200 },
    caps: { 生日慰问: 250, 生病住院: { capYuan: 500, raised: { capYuan: 1000, whenRemarkIncludes: "手术" } } },
    repeats: { 生日慰问: 1, 会员去世: { limit: 1, ever: true } },
    perCapita: [
      { label: "春秋游", category: "春秋游", capYuan: 200, perDay: true },
      { label: "工作餐", nameIncludes: "工作餐", capYuan: 40, perDay: false },
    ],
    festivals: ["元旦", "春节", "中秋", "古尔邦节"],
  };
}

export interface Mistake {
  readonly code: ProblemCode;
  readonly path: string;
  readonly file: unknown;
  /** A check across fields, which JSON Schema cannot state: only the checker finds it. */
  readonly crossField?: boolean;
}

const change = (edit: (f: ProfileData) => void): ProfileData => {
  const f = goodFile();
  edit(f);
  return f;
};
const caps = (c: Record<string, unknown>) => change((f) => (f["caps"] = { 生日慰问: 250, ...c }));
const repeats = (r: Record<string, unknown>) => change((f) => (f["repeats"] = { 生日慰问: 1, ...r }));
const perCapita = (p: unknown) => change((f) => (f["perCapita"] = [p]));

export const MISTAKES: readonly Mistake[] = [
  { code: "not_object", path: "$", file: [] },
  { code: "unknown_field", path: "colour", file: change((f) => (f["colour"] = "red")) },
  { code: "schema_ref", path: "$schema", file: change((f) => (f["$schema"] = 1)) },
  { code: "format_version", path: "formatVersion", file: change((f) => (f["formatVersion"] = 2)) },
  { code: "id", path: "id", file: change((f) => (f["id"] = "My District")) },
  { code: "text_required", path: "name", file: change((f) => (f["name"] = "  ")) },
  { code: "year", path: "year", file: change((f) => (f["year"] = "2025")) },
  { code: "official", path: "official", file: change((f) => (f["official"] = "是")) },
  {
    code: "festivals",
    path: "festivals",
    file: change((f) => ((f["festivals"] = []), (f["festival"] = { shape: "perMemberYear", capYuan: 1500 }))),
  },
  {
    code: "festivals_duplicate",
    path: "festivals",
    file: change((f) => (f["festivals"] = ["春节", "古尔邦节", "春节"])),
  },
  { code: "festival", path: "festival", file: change((f) => delete f["festival"]) },
  {
    code: "festival_shape",
    path: "festival.shape",
    file: change((f) => (f["festival"] = { shape: "perMonth", capYuan: 100 })),
  },
  {
    code: "festival_caps",
    path: "festival.capsYuan",
    file: change((f) => (f["festival"] = { shape: "perFestival", capsYuan: [500], otherYuan: 200 })),
  },
  {
    code: "festival_unlisted",
    path: "festival.capsYuan.端午",
    crossField: true,
    file: change((f) => (f["festival"] = { shape: "perFestival", capsYuan: { 端午: 300 }, otherYuan: 200 })),
  },
  {
    code: "festival_share",
    path: "festival.shareOfBudgetedIncome",
    file: change((f) => (f["festival"] = { shape: "pool", shareOfBudgetedIncome: 1.5 })),
  },
  {
    code: "money_not_number",
    path: "festival.capYuan",
    file: change((f) => (f["festival"] = { shape: "perMemberYear", capYuan: "1500元" })),
  },
  { code: "money_negative", path: "caps.生日慰问", file: caps({ 生日慰问: -300 }) },
  { code: "money_decimals", path: "caps.生日慰问", file: caps({ 生日慰问: 300.005 }) },
  { code: "money_too_large", path: "caps.生日慰问", file: caps({ 生日慰问: 1e20 }) },
  { code: "caps", path: "caps", file: change((f) => (f["caps"] = [])) },
  { code: "caps_festival", path: "caps.节日慰问", file: caps({ 节日慰问: 100 }) },
  { code: "caps_reason", path: "caps.婚假慰问", file: caps({ 婚假慰问: 300 }) },
  { code: "cap_shape", path: "caps.生病住院", file: caps({ 生病住院: "500元" }) },
  { code: "raised_shape", path: "caps.生病住院.raised", file: caps({ 生病住院: { capYuan: 500, raised: "手术" } }) },
  {
    code: "raised_not_higher",
    path: "caps.生病住院.raised.capYuan",
    crossField: true,
    file: caps({ 生病住院: { capYuan: 500, raised: { capYuan: 400, whenRemarkIncludes: "手术" } } }),
  },
  {
    code: "raised_when",
    path: "caps.生病住院.raised.whenRemarkIncludes",
    file: caps({ 生病住院: { capYuan: 500, raised: { capYuan: 1000 } } }),
  },
  { code: "repeats", path: "repeats", file: change((f) => (f["repeats"] = null)) },
  { code: "repeats_reason", path: "repeats.婚假", file: repeats({ 婚假: 1 }) },
  { code: "repeats_limit", path: "repeats.生日慰问", file: repeats({ 生日慰问: 0.5 }) },
  { code: "repeats_ever", path: "repeats.会员去世.ever", file: repeats({ 会员去世: { limit: 1, ever: "yes" } }) },
  { code: "per_capita", path: "perCapita", file: change((f) => (f["perCapita"] = {})) },
  { code: "per_capita_item", path: "perCapita[0]", file: perCapita(5) },
  {
    code: "per_capita_label",
    path: "perCapita[0].label",
    file: perCapita({ label: "", category: "春秋游", capYuan: 200, perDay: true }),
  },
  {
    code: "per_capita_category",
    path: "perCapita[0].category",
    file: perCapita({ label: "旅游", category: "旅游", capYuan: 200, perDay: true }),
  },
  {
    code: "per_capita_name",
    path: "perCapita[0].nameIncludes",
    file: perCapita({ label: "会议餐", category: "会议", nameIncludes: 40, capYuan: 40, perDay: false }),
  },
  { code: "per_capita_match", path: "perCapita[0]", file: perCapita({ label: "工作餐", capYuan: 40, perDay: false }) },
  {
    code: "per_capita_per_day",
    path: "perCapita[0].perDay",
    file: perCapita({ label: "春秋游", category: "春秋游", capYuan: 200, perDay: "按天" }),
  },
  { code: "dues", path: "dues", file: change((f) => (f["dues"] = null)) },
  { code: "dues_rate", path: "dues.rate", file: change((f) => (f["dues"] = { rate: "0.5%", truncationYuan: 10 })) },
  {
    code: "dues_truncation",
    path: "dues.truncationYuan",
    file: change((f) => (f["dues"] = { rate: 0.005, truncationYuan: -10 })),
  },
  { code: "retention_ratio", path: "retentionRatio", file: change((f) => (f["retentionRatio"] = 60)) },
  { code: "code_system", path: "codeSystem", file: change((f) => (f["codeSystem"] = 2017)) },
];

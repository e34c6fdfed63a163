import { LISTS } from "../layout/lists.js";
import type { ProfileFileV1, ProfileProblem } from "./file-format.js";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const REASONS: readonly string[] = LISTS.condolenceReason;
const CATEGORIES: readonly string[] = LISTS.activityCategory;
const TOP_KEYS = ["$schema", "formatVersion", "id", "name", "issuer", "source", "year", "official", "festival", "caps", "repeats", "perCapita", "dues", "retentionRatio", "codeSystem", "festivals"];

/** Walks a parsed profile file and records every mistake with its path (schemas/profile.schema.json). */
export class ProfileChecker {
  readonly problems: ProfileProblem[] = [];

  #add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  #text(o: Obj, key: string, what: string): void {
    if (typeof o[key] !== "string" || (o[key] as string).trim() === "") this.#add(key, `请填写“${key}”（${what}），应为非空文字。`);
  }

  #yuan(v: unknown, path: string, what: string, positive = false): void {
    if (typeof v !== "number" || !Number.isFinite(v)) return this.#add(path, `${what}应为数字（元），如 300；不要加引号或“元”字。`);
    if (v < 0 || (positive && v === 0)) return this.#add(path, `${what}不能${positive ? "为0或" : ""}为负数，现为 ${v}。`);
    if (Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) this.#add(path, `${what}最多两位小数（精确到分），现为 ${v}。`);
  }

  check(data: unknown): ProfileFileV1 | undefined {
    if (!isObj(data)) {
      this.#add("$", "方案文件的最外层应为一个对象 { … }。");
      return undefined;
    }
    for (const k of Object.keys(data)) if (!TOP_KEYS.includes(k)) this.#add(k, `不认识的字段“${k}”，可能是拼写错误；可用字段：${TOP_KEYS.filter((x) => x !== "$schema").join("、")}。`);
    if (data["formatVersion"] !== 1) this.#add("formatVersion", "formatVersion 应为 1（本程序读取的方案文件格式版本）。");
    if (typeof data["id"] !== "string" || !/^[a-z0-9][a-z0-9-]{1,63}$/.test(data["id"])) this.#add("id", "id 应为小写字母、数字和连字符组成的标识，如 \"xx-district-2025\"。");
    this.#text(data, "name", "方案名称");
    this.#text(data, "issuer", "发文的上级工会");
    this.#text(data, "source", "依据的文件名称和文号");
    if (!Number.isInteger(data["year"]) || (data["year"] as number) < 2000 || (data["year"] as number) > 2100) this.#add("year", "year 应为四位年份，如 2025。");
    if (typeof data["official"] !== "boolean") this.#add("official", "official 应为 true（正式标准）或 false（参考方案）。");
    this.#festival(data["festival"], data["festivals"]);
    this.#caps(data["caps"]);
    this.#repeats(data["repeats"]);
    this.#perCapita(data["perCapita"]);
    const dues = data["dues"];
    if (!isObj(dues)) this.#add("dues", "缺少 dues（会费标准），如 {\"rate\": 0.005, \"truncationYuan\": 10}。");
    else {
      if (typeof dues["rate"] !== "number" || !(dues["rate"] > 0 && dues["rate"] < 0.1)) this.#add("dues.rate", "dues.rate 应为会费比例的小数，0.5% 写作 0.005。");
      if (typeof dues["truncationYuan"] !== "number" || dues["truncationYuan"] < 0) this.#add("dues.truncationYuan", "dues.truncationYuan 应为不计缴的工资尾数（元），一般为 10。");
    }
    const r = data["retentionRatio"];
    if (typeof r !== "number" || r < 0 || r > 1) this.#add("retentionRatio", "retentionRatio 应为0到1之间的小数，如 0.6（留成60%）。");
    if (data["codeSystem"] !== "2017" && data["codeSystem"] !== "2022") this.#add("codeSystem", "codeSystem 应为 \"2017\" 或 \"2022\"（注意加引号）。");
    return this.problems.length === 0 ? (data as unknown as ProfileFileV1) : undefined;
  }

  #festival(f: unknown, festivals: unknown): void {
    if (!Array.isArray(festivals) || festivals.length === 0 || !festivals.every((x) => typeof x === "string" && x.trim() !== "")) {
      this.#add("festivals", `festivals 应为可发放节日慰问的节日名称列表，如 ${JSON.stringify(LISTS.festival.slice(0, 3))}；经批准的少数民族节日写具体名称。`);
    } else if (new Set(festivals).size !== festivals.length) this.#add("festivals", "festivals 中有重复的节日。");
    if (!isObj(f)) return this.#add("festival", "缺少 festival（节日慰问限额），三种形式之一：perMemberYear、perFestival、pool。");
    if (f["shape"] === "perMemberYear") this.#yuan(f["capYuan"], "festival.capYuan", "每人每年节日慰问上限");
    else if (f["shape"] === "perFestival") {
      if (!isObj(f["capsYuan"])) this.#add("festival.capsYuan", "festival.capsYuan 应为各节日的上限，如 {\"春节\": 500}。");
      else for (const [k, v] of Object.entries(f["capsYuan"])) {
        if (Array.isArray(festivals) && !festivals.includes(k)) this.#add(`festival.capsYuan.${k}`, `“${k}”不在 festivals 列表中，请先把它列入 festivals。`);
        this.#yuan(v, `festival.capsYuan.${k}`, `${k}慰问上限`);
      }
      this.#yuan(f["otherYuan"], "festival.otherYuan", "其他节日的慰问上限");
    } else if (f["shape"] === "pool") {
      const s = f["shareOfBudgetedIncome"];
      if (typeof s !== "number" || !(s > 0 && s <= 1)) this.#add("festival.shareOfBudgetedIncome", "festival.shareOfBudgetedIncome 应为0到1之间的比例，如 0.5 表示不超过年度经费收入预算的50%。");
    } else this.#add("festival.shape", "festival.shape 只能是 perMemberYear（每人每年）、perFestival（每个节日）或 pool（总额比例）。");
  }

  #caps(caps: unknown): void {
    if (!isObj(caps)) return this.#add("caps", "缺少 caps（各慰问事由每次的上限，元），如 {\"生日慰问\": 300}。");
    for (const [reason, cap] of Object.entries(caps)) {
      const path = `caps.${reason}`;
      if (reason === "节日慰问") this.#add(path, "节日慰问的限额请写在 festival 中，不在 caps 中。");
      else if (!REASONS.includes(reason)) this.#add(path, `“${reason}”不是慰问事由；可用：${REASONS.join("、")}。`);
      if (typeof cap === "number") this.#yuan(cap, path, `${reason}每次上限`);
      else if (isObj(cap)) {
        this.#yuan(cap["capYuan"], `${path}.capYuan`, `${reason}每次上限`);
        const raised = cap["raised"];
        if (raised !== undefined) {
          if (!isObj(raised)) this.#add(`${path}.raised`, "raised 应为 {\"capYuan\": 1000, \"whenRemarkIncludes\": \"手术\"}。");
          else {
            this.#yuan(raised["capYuan"], `${path}.raised.capYuan`, `${reason}提高后的上限`);
            if (typeof raised["capYuan"] === "number" && typeof cap["capYuan"] === "number" && raised["capYuan"] <= cap["capYuan"]) this.#add(`${path}.raised.capYuan`, "提高后的上限应大于一般上限。");
            if (typeof raised["whenRemarkIncludes"] !== "string" || raised["whenRemarkIncludes"] === "") this.#add(`${path}.raised.whenRemarkIncludes`, "请写明备注中出现什么字样时适用提高后的上限，如 \"手术\"。");
          }
        }
      } else this.#add(path, `${reason}的上限应为数字（元），或 {"capYuan": …}。`);
    }
  }

  #repeats(repeats: unknown): void {
    if (!isObj(repeats)) return this.#add("repeats", "缺少 repeats（每人每年次数限制），如 {\"生日慰问\": 1}。");
    for (const [reason, r] of Object.entries(repeats)) {
      const path = `repeats.${reason}`;
      if (!REASONS.includes(reason)) this.#add(path, `“${reason}”不是慰问事由。`);
      const limit = typeof r === "number" ? r : isObj(r) ? r["limit"] : undefined;
      if (!Number.isInteger(limit) || (limit as number) < 1) this.#add(path, "次数应为不小于1的整数，或 {\"limit\": 1, \"ever\": true}（一生一次）。");
      if (isObj(r) && r["ever"] !== undefined && typeof r["ever"] !== "boolean") this.#add(`${path}.ever`, "ever 应为 true 或 false。");
    }
  }

  #perCapita(list: unknown): void {
    if (!Array.isArray(list)) return this.#add("perCapita", "perCapita 应为数组（没有人均标准时写 []）。");
    list.forEach((p, i) => {
      const path = `perCapita[${i}]`;
      if (!isObj(p)) return this.#add(path, "每项应为 {\"label\": …, \"category\": …, \"capYuan\": …, \"perDay\": …}。");
      if (typeof p["label"] !== "string" || p["label"] === "") this.#add(`${path}.label`, "请填写 label（标准名称，如 春秋游）。");
      if (p["category"] !== undefined && !CATEGORIES.includes(p["category"] as string)) this.#add(`${path}.category`, `category 应为活动类别之一：${CATEGORIES.join("、")}。`);
      if (p["category"] === undefined && (typeof p["nameIncludes"] !== "string" || p["nameIncludes"] === "")) this.#add(path, "请至少给出 category（活动类别）或 nameIncludes（活动名称中的字样）。");
      this.#yuan(p["capYuan"], `${path}.capYuan`, "人均标准", true);
      if (typeof p["perDay"] !== "boolean") this.#add(`${path}.perDay`, "perDay 应为 true（按人按天）或 false（按人次）。");
    });
  }
}

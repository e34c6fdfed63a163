import Nzh from "nzh";
import { monthOf, yearOf, type IsoDate } from "../dates/calendar-date.js";

/**
 * Number conventions of narrative.md. Money: under 10,000 元 as `x元` / `x.xx元` (no `.00`), from
 * 10,000 元 as `x.xx万元` (half up). Percentages with one decimal (half up), 100% without.
 */
export function moneyText(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  if (abs >= 1_000_000) {
    const hundredths = Math.round(abs / 10_000); // 万元 × 100, half up
    return `${sign}${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}万元`;
  }
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${whole}${cents === 0 ? "" : `.${String(cents).padStart(2, "0")}`}元`;
}

export function percentText(rate: number): string {
  // Negative only from amounts flagged as errors; the sign goes in front, the digits stay well-formed.
  if (rate < 0) return `-${percentText(-rate)}`;
  if (rate === 1) return "100%";
  let tenths = Math.round(rate * 1000);
  // Below 100% never rounds up to it: 99.96% reads 99.9%, not "100.0%".
  if (rate < 1 && tenths >= 1000) tenths = 999;
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/** Whether a 同比 reads 持平: no change, or less than the 0.05% that would show as 0.1%. */
export const isLevel = (current: number, prior: number): boolean =>
  prior === 0 ? current === 0 : Math.abs((current - prior) / prior) < 0.0005;

/**
 * 同比: "增长12.5%", "下降3.0%", "持平" — the words after 比上年 / 同比, except 持平, which takes
 * 与上年 (与上年持平, never 比上年持平: see `figures().versusLastYear`).
 */
export function changeText(current: number, prior: number): string {
  if (isLevel(current, prior)) return "持平";
  if (prior === 0) return "新增";
  const diff = (current - prior) / prior;
  const tenths = Math.round(Math.abs(diff) * 1000);
  return `${diff > 0 ? "增长" : "下降"}${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/**
 * Chinese 大写 amount for finance tables (the nzh package), as 会计基础工作规范 (财会字〔1996〕19号)
 * 第五十二条 has it: "大写金额数字到元或者角为止的，在'元'或者'角'字之后应当写'整'字…；有分的，
 * 分字后面不写'整'": 人民币壹仟贰佰元整, 人民币壹仟贰佰元伍角整, 人民币壹仟贰佰元零伍分. nzh writes 整
 * after 元 only (the bank rule for cheques, where it is optional after 角); these are accounts.
 */
export function moneyInWords(fen: number): string {
  const words = Nzh.cn.toMoney(fen / 100);
  return fen % 100 !== 0 && fen % 10 === 0 ? `${words}整` : words;
}

/** A date as a 落款 writes it (GB/T 9704 7.3.5.2): the year in full, month and day without a leading 0 — 2025年1月15日. */
export const dateText = (d: IsoDate): string => `${yearOf(d)}年${monthOf(d)}月${Number(d.slice(8, 10))}日`;

/** The title of a document or rule in 书名号, unless it has them already: 《安徽省基层工会经费收支管理实施办法》. */
export const bookTitle = (title: string): string => (/^《.*》$/u.test(title) ? title : `《${title}》`);

export const UNITS = { people: "人", visits: "人次", times: "次", households: "户" } as const;
export type CountUnit = (typeof UNITS)[keyof typeof UNITS];

/**
 * A name in Chinese double quotes; quotes inside it become single ones (GB/T 15834 4.1.3: a quotation
 * inside a quotation uses 单引号), so “五小”创新成果评选 reads “‘五小’创新成果评选”.
 */
export const quoted = (name: string): string => `“${name.replace(/[“"]/gu, "‘").replace(/[”]/gu, "’")}”`;

import Nzh from "nzh";

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

/** 同比: "增长12.5%", "下降3.0%", "持平". */
export function changeText(current: number, prior: number): string {
  if (prior === 0) return current === 0 ? "持平" : "新增";
  const diff = (current - prior) / prior;
  if (Math.abs(diff) < 0.0005) return "持平";
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

export const UNITS = { people: "人", visits: "人次", times: "次", households: "户" } as const;
export type CountUnit = (typeof UNITS)[keyof typeof UNITS];

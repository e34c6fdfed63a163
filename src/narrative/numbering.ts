/**
 * Chinese ordinals of official documents (GB/T 9704): section headings 一、二、…, and the
 * "一是…二是…" that lists weaknesses, plans and advice.
 */
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] as const;

/** 0 → "一", 9 → "十"; further on, the Arabic number (no report has more than ten items). */
export const numeral = (index: number): string => NUMERALS[index] ?? String(index + 1);

/** 0 → "一是". */
export const ordinalLead = (index: number): string => `${numeral(index)}是`;

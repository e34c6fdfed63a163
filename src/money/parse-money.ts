import { fen, type Fen } from "./fen.js";

/** Outcome of reading one money cell. */
export type MoneyParse =
  { readonly ok: true; readonly fen: Fen; readonly tooManyDecimals: boolean } | { readonly ok: false };

// Excel stores 22.65 as the nearest double; ×100 lands within ~1e-9 of an integer. Anything
// further away really has a third decimal (e.g. 12.345).
const FLOAT_TOLERANCE = 1e-6;

export function moneyFromNumber(value: number): MoneyParse {
  if (!Number.isFinite(value)) return { ok: false };
  const scaled = value * 100;
  const rounded = roundHalfUp(scaled);
  if (!Number.isSafeInteger(rounded)) return { ok: false };
  return { ok: true, fen: fen(rounded), tooManyDecimals: Math.abs(scaled - rounded) > FLOAT_TOLERANCE };
}

function roundHalfUp(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

const CURRENCY_NOISE = /^(?:rmb|cny|人民币|¥|￥)|(?:元|块|圆|rmb)$/giu;

/**
 * Text a clerk typed where money belongs: `1,200.50`, `¥300`, `300元`, full-width `３００`.
 * NFKC folds full-width digits and punctuation to ASCII. The decimal string is converted to fen
 * exactly, without a detour through floating point.
 */
export function moneyFromText(text: string): MoneyParse {
  let s = text.normalize("NFKC").replace(/\s+/gu, "");
  s = s.replace(CURRENCY_NOISE, "").replace(CURRENCY_NOISE, "");
  // Thousands separators only where they group three digits, so "1,2" is not silently 12.
  if (/,/.test(s)) {
    if (!/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { ok: false };
    s = s.replace(/,/g, "");
  }
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false };
  const [, sign = "", whole = "0", decimals = ""] = m;
  const cents = (decimals + "00").slice(0, 2);
  const rest = decimals.slice(2);
  let value = Number(whole) * 100 + Number(cents);
  // Round half up on the third decimal, as a cashier would.
  if (rest.length > 0 && Number(rest[0]) >= 5) value += 1;
  if (!Number.isSafeInteger(value)) return { ok: false };
  return {
    ok: true,
    fen: fen(sign === "-" ? -value : value),
    tooManyDecimals: /[1-9]/.test(rest),
  };
}

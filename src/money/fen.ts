/**
 * Money inside the program is an integer number of 分 (fen). Never add yuan as floats: a ledger of
 * 20,000 payments summed in binary floating point drifts by whole fen.
 */
declare const fenBrand: unique symbol;
export type Fen = number & { readonly [fenBrand]: "Fen" };

export const fen = (n: number): Fen => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`fen must be a safe integer, got ${n}`);
  return n as Fen;
};

export const ZERO_FEN = fen(0);

export const yuan = (y: number): Fen => fen(Math.round(y * 100));

export function addFen(a: Fen, b: Fen): Fen {
  return (a + b) as Fen;
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const v of values) total += v;
  return fen(total);
}

/** 123456 → "1234.56"; 120000 → "1200.00". */
export function fenToYuanString(value: Fen): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${whole}.${cents.toString().padStart(2, "0")}`;
}

/** Prose form of narrative.md: whole yuan without ".00" ("300元", "300.50元"). */
export function fenToPlainYuan(value: Fen): string {
  const s = fenToYuanString(value);
  return s.endsWith(".00") ? s.slice(0, -3) : s;
}

/** Table form `#,##0.00`. */
export function fenToGrouped(value: Fen): string {
  const [whole = "0", cents = "00"] = fenToYuanString(value).split(".");
  const neg = whole.startsWith("-");
  const digits = neg ? whole.slice(1) : whole;
  return `${neg ? "-" : ""}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

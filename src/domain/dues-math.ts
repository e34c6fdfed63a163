import { fen, type Fen } from "../money/fen.js";
import type { Profile } from "../profiles/profile.js";

/**
 * Monthly dues for a wage (工发〔1978〕101号): the part of the wage under 10 元 is not counted,
 * then 0.5%. In 分: 4,537.80元 → 4,530元 → 22.65元. Integer arithmetic; the rate is applied to a
 * whole number of 元 and rounded half up to the 分.
 */
export function monthlyDueFen(wageFen: Fen, dues: Profile["dues"]): Fen {
  if (wageFen <= 0) return fen(0);
  const stepFen = Math.round(dues.truncationYuan * 100);
  const countedFen = Math.floor(wageFen / stepFen) * stepFen;
  // rate in millionths keeps the product an exact integer for any rate with ≤ 6 decimals.
  const micro = Math.round(dues.rate * 1_000_000);
  return fen(Math.floor((countedFen * micro + 500_000) / 1_000_000));
}

/**
 * The least wage whose monthly dues are exactly `dueFen`, or undefined when no wage gives that
 * amount (at 0.5% and 10 元 dues come in steps of 0.05元: 29.00 → 5,800元, 29.03 → none).
 */
export function leastWageForDue(dueFen: Fen, dues: Profile["dues"]): Fen | undefined {
  if (dueFen <= 0) return undefined;
  const stepFen = Math.max(1, Math.round(dues.truncationYuan * 100));
  const micro = Math.round(dues.rate * 1_000_000);
  if (micro <= 0) return undefined;
  // Smallest whole number of steps j with ⌊(j·step·micro + ½·10⁶) / 10⁶⌋ ≥ dueFen; dues grow with j.
  const steps = Math.max(0, Math.ceil((dueFen * 1_000_000 - 500_000) / (stepFen * micro)));
  const wage = fen(steps * stepFen);
  return monthlyDueFen(wage, dues) === dueFen ? wage : undefined;
}

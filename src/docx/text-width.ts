/**
 * How wide a text is set, in ems of its font: a CJK character (or any full-width one) 1, a Latin letter, digit or
 * half-width sign ½ (Times New Roman's digits are exactly ½ em; letters vary around it). An estimate for laying out
 * table columns and the 落款, which the writer must do before Word or LibreOffice measures anything.
 */
export function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += (ch.codePointAt(0) ?? 0) < 0x1100 ? 0.5 : 1;
  return n;
}

/** The longest run of half-width characters without a space: what a line never breaks inside ("G12", "2,600.00"). */
export function longestWord(text: string): number {
  let best = 0;
  for (const m of text.matchAll(/[\u0021-\u10FF]+/gu)) best = Math.max(best, ems(m[0]));
  return best;
}

/**
 * Width as set in running text, where Word (and LibreOffice) put about ¼ em between a CJK character and a digit or
 * Latin letter next to it (autoSpaceDN/DE): "2025年1月15日" is 6½ ems of characters and 1¼ of such spaces.
 */
export function spacedEms(text: string): number {
  let changes = 0;
  let previous: boolean | undefined;
  for (const ch of text) {
    const wide = (ch.codePointAt(0) ?? 0) >= 0x1100;
    if (previous !== undefined && wide !== previous && ch.trim() !== "") changes++;
    previous = wide;
  }
  return ems(text) + changes / 4;
}

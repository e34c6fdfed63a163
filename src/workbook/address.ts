/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/**
 * A short hash of a control's text with all white space removed: Word reports a control's text
 * with its own paragraph and cell separators (\r, \t), the model with \n, and the characters are
 * what the clerk could have edited. 16 hex digits keep a custom property short (Word shows at most
 * 255 characters of one).
 */
export async function textHash(text: string, sha256: (text: string) => Promise<string>): Promise<string> {
  return (await sha256(text.replace(/\s+/gu, ""))).slice(0, 16);
}

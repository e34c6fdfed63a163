/**
 * SHA-256 (hex) of a string's UTF-8 bytes with WebCrypto, which Node (≥ 19) and every browser the add-in runs in
 * have as `globalThis.crypto`: the default hash of the .docx writer's link record when its caller gives none.
 */
export async function webSha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

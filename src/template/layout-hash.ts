import { layoutSignature } from "../layout/template-layout.js";

/** SHA-256 of the layout (WebCrypto: the same in Node 20 and in the browser pane). */
export async function layoutHash(): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(layoutSignature()));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

import exampleUrl from "../../templates/example-2024.xlsx";
import { fromBase64 } from "./base64.js";

/**
 * The bundled example workbook (templates/example-2024.xlsx, the one `npm run demo` reads), inlined
 * in a lazy chunk like the template (template-file.ts): fetching it would need connect-src, which the
 * pane's CSP forbids.
 */
export function exampleBytes(): Uint8Array {
  return fromBase64(exampleUrl.slice(exampleUrl.indexOf(",") + 1));
}

import templateUrl from "../../templates/union-ledger-template-v1.xlsx";
import { fromBase64 } from "./base64.js";

/**
 * The committed standard template (the same bytes `union-ledger template` writes and a test keeps
 * current), inlined in a lazy chunk: fetching it would need connect-src, which the pane's CSP forbids.
 */
export function templateBytes(): Uint8Array {
  return fromBase64(templateUrl.slice(templateUrl.indexOf(",") + 1));
}

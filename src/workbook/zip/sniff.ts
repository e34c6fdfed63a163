import { failed, type InputError } from "../input-error.js";
import { LIMITS, formatMiB } from "../limits.js";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// An archive with no entries starts with its end record (APPNOTE.TXT §4.3.16): not a workbook, but
// "damaged" says more than "not xlsx" to a clerk whose export stopped half-way.
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, magic: readonly number[]): boolean => magic.every((m, i) => b[i] === m);

/** "EncryptionInfo" as UTF-16LE: the stream Office puts in the OLE container of an encrypted .xlsx. */
function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const pattern = [...word].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const first = pattern[0] ?? 0;
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - pattern.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The cheap look before any reading: empty, too large, an Office file that is encrypted or a legacy
 * .xls (both OLE compound files, [MS-CFB]), or not a zip at all. Returns the input error, or
 * undefined when the bytes may be a workbook package; everything else is the reader's to check.
 */
export function sniffWorkbook(bytes: Uint8Array): InputError | undefined {
  if (bytes.length === 0) return failed("empty").error;
  if (bytes.length > LIMITS.maxFileBytes) {
    return failed("too_large", `${formatMiB(bytes.length)}，上限 ${formatMiB(LIMITS.maxFileBytes)}`).error;
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return failed(
      containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "legacy_xls",
    ).error;
  }
  if (startsWith(bytes, EMPTY_ZIP_MAGIC)) return failed("corrupt", "压缩包里没有任何内容").error;
  if (!startsWith(bytes, ZIP_MAGIC)) return failed("not_xlsx").error;
  return undefined;
}

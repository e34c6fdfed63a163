import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { failed, type InputError } from "./input-error.js";
import { LIMITS, formatMiB } from "./limits.js";
import { countRowTags } from "./row-tags.js";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, magic: readonly number[]): boolean => magic.every((m, i) => b[i] === m);

/** "EncryptionInfo" as UTF-16LE: the stream Office puts in the OLE container of an encrypted .xlsx. */
function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const pattern = [...word].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const first = pattern[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

interface EntryInfo {
  readonly name: string;
  readonly originalSize: number;
}

/**
 * Checks a file is an .xlsx we can afford to load. Returns the error for exit code 2, or
 * undefined when exceljs may load it.
 */
export function checkWorkbookBytes(bytes: Uint8Array): InputError | undefined {
  if (bytes.length === 0) return failed("empty").error;
  if (bytes.length > LIMITS.maxFileBytes) {
    return failed("too_large", `${formatMiB(bytes.length)}，上限 ${formatMiB(LIMITS.maxFileBytes)}`).error;
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return failed(containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "legacy_xls").error;
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return failed("not_xlsx").error;

  let entries: EntryInfo[];
  try {
    entries = listEntries(bytes);
  } catch (e) {
    return failed("corrupt", describe(e)).error;
  }
  if (!entries.some((e) => e.name === "xl/workbook.xml")) return failed("not_xlsx").error;
  const declared = entries.reduce((n, e) => n + e.originalSize, 0);
  if (declared > LIMITS.maxUncompressedBytes) {
    return failed("too_large", `解压后 ${formatMiB(declared)}，上限 ${formatMiB(LIMITS.maxUncompressedBytes)}`).error;
  }
  return countRows(bytes, entries);
}

function listEntries(bytes: Uint8Array): EntryInfo[] {
  const entries: EntryInfo[] = [];
  // fflate reads the central directory and calls the filter per entry; returning false means
  // nothing is decompressed here.
  unzipSync(bytes, {
    filter: (f) => {
      entries.push({ name: f.name, originalSize: f.originalSize });
      return false;
    },
  });
  return entries;
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
// Input pushed to the inflater at a time. One push inflates all it is given before ondata can stop
// it, so a small slice bounds the work and memory a zip bomb gets (deflate expands at most ~1,032×).
const PUSH_BYTES = 16 * 1024;

/**
 * Streams every part once: a part may not inflate to more than the central directory declares
 * (exceljs' unzipper trusts that size only after inflating everything, so a lying part is a zip
 * bomb), and each worksheet part's `<row` elements are counted, stopping past the limit.
 */
function countRows(bytes: Uint8Array, entries: readonly EntryInfo[]): InputError | undefined {
  const declaredSize = new Map(entries.map((e) => [e.name, e.originalSize]));
  let problem: InputError | undefined;
  let inflated = 0;
  const unzip = new Unzip((file) => {
    const declared = declaredSize.get(file.name);
    if (declared === undefined) return; // not in the central directory: no reader opens it
    const isSheet = SHEET_PART.test(file.name);
    let own = 0;
    let rows = 0;
    let carry = 0; // how many bytes of "<row" the previous chunk ended with
    file.ondata = (err, chunk) => {
      if (problem) return;
      if (err) {
        problem = failed("corrupt", describe(err)).error;
        return;
      }
      own += chunk.length;
      inflated += chunk.length;
      if (own > declared) {
        problem = failed("corrupt", `${file.name} 解压后超过声明的 ${declared.toLocaleString("en-US")} 字节`).error;
        file.terminate();
        return;
      }
      if (inflated > LIMITS.maxUncompressedBytes) {
        problem = failed("too_large", `解压后超过 ${formatMiB(LIMITS.maxUncompressedBytes)}`).error;
        file.terminate();
        return;
      }
      if (!isSheet) return;
      const counted = countRowTags(chunk, carry);
      rows += counted >> 2;
      carry = counted & 3;
      if (rows > LIMITS.maxRowsPerSheet) {
        problem = failed("too_many_rows", `${file.name} 超过 ${LIMITS.maxRowsPerSheet.toLocaleString("en-US")} 行`).error;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !problem; at += PUSH_BYTES) {
      unzip.push(bytes.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= bytes.length);
    }
  } catch (e) {
    return problem ?? failed("corrupt", describe(e)).error;
  }
  return problem;
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

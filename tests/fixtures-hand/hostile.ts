/**
 * Inputs a clerk (or an attacker) may hand the program instead of a ledger: other formats, damaged
 * or truncated files, encrypted and legacy Office files, a million rows, zip bombs.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { strToU8, Zip, ZipDeflate } from "fflate";
import { compoundFile } from "./cfb.js";
import { cell, SharedStrings, sheetXml, xlsxParts } from "./xlsx.js";
import { concat, deflateBomb, rawZip, storedEntry, type RawEntry } from "./zip-raw.js";

export const textFile = (): Uint8Array => strToU8("会员编号,姓名,金额\nM001,张三,300\n");

/** A real 1×1 PNG. */
export const pngFile = (): Uint8Array =>
  Uint8Array.from(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    ),
  );

/** Starts like a zip, then noise: no central directory anywhere. */
export const corruptZip = (): Uint8Array =>
  concat([Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), new Uint8Array(randomBytes(4096))]);

/** The first half of a real workbook (its central directory is at the end). */
export const truncated = (xlsx: Uint8Array): Uint8Array => xlsx.slice(0, Math.floor(xlsx.length / 2));

/** Hand-built compound files: see cfb.ts. */
export const encryptedOle = (): Uint8Array => compoundFile(["EncryptionInfo", "EncryptedPackage"]);
export const legacyXls = (): Uint8Array => compoundFile(["Workbook", "\u0005SummaryInformation"]);

/** The parts of a one-sheet workbook whose sheet is called 会员名册 (so it would be read as a ledger). */
function ledgerLikeParts(): Record<string, Uint8Array> {
  const sst = new SharedStrings();
  return xlsxParts({
    sheets: [
      {
        name: "会员名册",
        xml: sheetXml([
          [cell.shared(sst.plain("会员编号")), cell.shared(sst.plain("姓名")), cell.shared(sst.plain("会籍状态"))],
        ]),
      },
    ],
    sharedStrings: sst,
  });
}

/**
 * A workbook whose 会员名册 sheet has `rows` rows, written as a stream (the sheet XML never exists
 * as one string) and deflated chunk by chunk with fflate's streaming Zip.
 */
export function manyRowsXlsx(rows: number): Uint8Array {
  const parts = ledgerLikeParts();
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else out.push(data);
  });
  for (const [name, data] of Object.entries(parts)) {
    if (name === "xl/worksheets/sheet1.xml") continue;
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(data, true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(sheet);
  sheet.push(
    strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  );
  const BATCH = 10_000;
  for (let first = 1; first <= rows; first += BATCH) {
    let xml = "";
    for (let r = first; r < first + BATCH && r <= rows; r++) xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    sheet.push(strToU8(xml));
  }
  sheet.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  if (failure) throw failure;
  return concat(out);
}

const SST_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';

/**
 * A zip bomb: one part (the shared strings, or the sheet) inflates to `inflatedBytes` bytes of "A"
 * from a few megabytes. `declared` is what the zip headers claim that part's size is: honest (the
 * true size) or a lie (a few kilobytes).
 */
export function zipBomb(
  part: "sharedStrings" | "worksheet",
  inflatedBytes: number,
  declared: "honest" | "lie",
): Uint8Array {
  const parts = ledgerLikeParts();
  const name = part === "sharedStrings" ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml";
  const [head, tail] =
    part === "sharedStrings"
      ? [SST_HEAD, "</t></si></sst>"]
      : [SHEET_HEAD, "</t></is></c></row></sheetData></worksheet>"];
  const repeat = inflatedBytes - head.length - tail.length;
  const bomb: RawEntry = {
    name,
    stored: deflateBomb(head, 0x41, repeat, tail),
    method: 8,
    declaredSize: declared === "honest" ? inflatedBytes : 4096,
  };
  return rawZip(Object.entries(parts).map(([n, data]) => (n === name ? bomb : storedEntry(n, data))));
}

/** Writes a file of `size` bytes: a zip local-file signature, then random bytes (1 MiB of noise, repeated). */
export function writeBigFile(path: string, size: number): void {
  const block = new Uint8Array(randomBytes(1024 * 1024));
  block.set([0x50, 0x4b, 0x03, 0x04], 0);
  const fd = openSync(path, "w");
  try {
    for (let written = 0; written < size;) {
      const n = Math.min(block.length, size - written);
      writeSync(fd, block, 0, n);
      written += n;
      if (written === n) block.set([0, 0, 0, 0], 0); // the signature only at the very start
    }
  } finally {
    closeSync(fd);
  }
}

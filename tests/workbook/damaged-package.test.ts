/**
 * Issue 10: the package reader refuses a damaged or hostile file, or reads it exactly. Each case
 * is one the old reader hung on, used gigabytes for, or read silently changed; each is built from
 * the bundled example (or a tiny workbook) by the smallest change that makes it.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { NODE_ZIP } from "../../src/node/node-inflate.js";
import { messageOf } from "../../src/findings/messages/index.js";
import { loadWorkbookSource } from "../../src/workbook/load.js";
import { zipBomb } from "../fixtures-hand/hostile.js";
import { sheetPartPath, zipParts } from "../fixtures-hand/xlsx.js";
import { concat, rawZip, storedEntry } from "../fixtures-hand/zip-raw.js";
import { entryOf, mapZip, patched, zip64Claim } from "../fixtures-hand/zip-surgery.js";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";
import { tinyParts, tinyXlsx, worksheet } from "./tiny-xlsx.js";

let seed: Uint8Array;
let seedResult: string;
let parts: Record<string, Uint8Array>;
let duesPart: string;

/** What a read gives: the input error's code, or the findings and totals as JSON. */
async function outcome(bytes: Uint8Array): Promise<string> {
  const r = await analyzeBytes(bytes, NODE_ZIP);
  return r.ok ? JSON.stringify({ findings: r.value.findings, totals: r.value.totals }) : `refused:${r.error.code}`;
}

async function refusal(bytes: Uint8Array): Promise<{ code: string; detail: string }> {
  const r = await analyzeBytes(bytes, NODE_ZIP);
  return r.ok ? { code: "read", detail: "" } : { code: r.error.code, detail: r.error.detail ?? "" };
}

const withParts = (edit: (p: Record<string, Uint8Array>) => void, level: 0 | 6 = 6): Uint8Array => {
  const copy = { ...parts };
  edit(copy);
  return zipParts(copy, level);
};
const editText = (p: Record<string, Uint8Array>, name: string, f: (xml: string) => string): void => {
  p[name] = strToU8(f(strFromU8(p[name] as Uint8Array)));
};

beforeAll(async () => {
  seed = new Uint8Array(await readFile("templates/example-2024.xlsx"));
  seedResult = await outcome(seed);
  parts = unzipSync(seed);
  duesPart = sheetPartPath(parts, "会费台账");
});

describe("the zip's directory is one, and checked", () => {
  it("a Zip64 end record claiming 10^12 entries is damage, even on a tiny file (it looped without end)", async () => {
    expect((await refusal(zip64Claim(seed, 10n ** 12n))).code).toBe("corrupt");
    const tiny = rawZip([storedEntry("a.xml", "<a/>")]);
    const claim = zip64Claim(tiny, 10n ** 12n);
    expect(claim.length).toBeLessThan(300);
    expect((await refusal(claim)).code).toBe("corrupt");
  });

  it("end records that disagree: entries on this disk ≠ total, a locator pointing elsewhere, two directories", async () => {
    const m = mapZip(seed);
    const onDisk = patched(seed, (_, v) => v.setUint16(m.eocd + 8, m.entries.length - 1, true));
    const elsewhere = zip64Claim(seed, BigInt(m.entries.length), 0);
    // A valid Zip64 end record pointing at the right place reads the same.
    expect(await outcome(zip64Claim(seed, BigInt(m.entries.length)))).toBe(seedResult);
    const appended = concat([seed, seed]); // the second directory's offsets are the first's
    const inserted = concat([seed.subarray(0, m.eocd), seed.subarray(m.cdStart, m.eocd), seed.subarray(m.eocd)]);
    for (const bytes of [onDisk, elsewhere, appended, inserted]) expect((await refusal(bytes)).code).toBe("corrupt");
  });

  it("a stored part whose bytes changed while its CRC-32 did not is damage, not a changed number", async () => {
    const stored = zipParts(parts, 0);
    expect(await outcome(stored)).toBe(seedResult);
    const e = entryOf(stored, duesPart);
    const text = strFromU8(stored.subarray(e.dataStart, e.dataStart + e.compressedSize));
    const at = e.dataStart + text.indexOf("<v>") + 3; // the first digit of a value
    const changed = patched(stored, (b) => (b[at] = b[at] === 0x37 ? 0x38 : 0x37));
    expect(await refusal(changed)).toEqual({
      code: "corrupt",
      detail: `${duesPart} 的校验码（CRC-32）不符，内容已损坏`,
    });
  });

  it("a local header whose name differs from the directory's, a directory name damaged by one byte", async () => {
    const e = entryOf(seed, duesPart);
    const local = patched(seed, (b) => (b[e.local + 30 + e.nameLength - 5] = 0x39));
    const central = patched(seed, (b) => (b[e.central + 46 + e.nameLength - 5] = 0x39));
    for (const bytes of [local, central])
      expect(await refusal(bytes)).toMatchObject({
        code: "corrupt",
        detail: expect.stringContaining("文件头与目录不符"),
      });
  });

  it("two case variants of one part name, or one name twice, are damage (the last stored used to win)", async () => {
    const sheet = parts[duesPart] as Uint8Array;
    const entries = Object.entries(parts).map(([n, d]) => storedEntry(n, d));
    const upper = rawZip([...entries, storedEntry(duesPart.toUpperCase(), sheet)]);
    const twice = rawZip([...entries, storedEntry(duesPart, sheet)]);
    expect((await refusal(upper)).detail).toContain("只差大小写");
    expect((await refusal(twice)).detail).toContain("出现了两次");
  });

  it("entries that overlap are damage (one stored range read as two parts)", async () => {
    const m = mapZip(seed);
    const [a, b] = [...m.entries].sort((x, y) => x.local - y.local);
    if (!a || !b) throw new Error("few entries");
    const grow = b.local - a.dataStart + 10; // a's data now runs into b's header
    const overlapping = patched(seed, (_, v) => {
      v.setUint32(a.central + 20, grow, true);
      v.setUint32(a.local + 18, grow, true);
    });
    expect((await refusal(overlapping)).detail).toContain("重叠");
  });

  it("backslash entry names (Windows tools) read as exceljs reads them", async () => {
    const renamed = Object.fromEntries(Object.entries(parts).map(([n, d]) => [n.replaceAll("/", "\\"), d]));
    expect(await outcome(zipParts(renamed))).toBe(seedResult);
  });
});

describe("inflating is bounded before and while it happens", () => {
  it("a part that inflates more than 100× its compressed size past 1 MB is a zip bomb", async () => {
    expect((await refusal(zipBomb("sharedStrings", 100_000_000, "honest"))).code).toBe("zip_bomb");
  });

  it("a part larger than the part limit is refused by its declared size; a lying size stops the inflater at it", async () => {
    expect((await refusal(zipBomb("worksheet", 200_000_000, "honest"))).code).toBe("too_large");
    expect((await refusal(zipBomb("worksheet", 200_000_000, "lie"))).code).toBe("corrupt");
  });
});

/** A 会员名册 sheet of `rows` rows, each written by `row(r)`, in a tiny workbook. */
function rowsWorkbook(
  rows: number,
  row: (r: number) => string,
  sheetPath?: string,
  head = worksheet("").replace("<sheetData></sheetData></worksheet>", "<sheetData>"),
): Uint8Array {
  const chunks: string[] = [head];
  for (let r = 1; r <= rows; r++) chunks.push(row(r));
  chunks.push("</sheetData></worksheet>");
  const sheet = chunks.join("");
  if (!sheetPath) return zipParts(tinyParts({ sheets: [{ name: "会员名册", part: sheet }] }), 1);
  const base = unzipSync(tinyXlsx({ sheets: [{ name: "会员名册", rows: "" }] }));
  delete base["xl/worksheets/sheet1.xml"];
  base[sheetPath] = strToU8(sheet);
  editText(base, "xl/_rels/workbook.xml.rels", (x) => x.replace("worksheets/sheet1.xml", `/${sheetPath}`));
  return zipParts(base, 1);
}

describe("limits hold while scanning: rows, cells and text are counted by the scanner itself", () => {
  const ROWS = 200_001;
  it.each([
    ["a newline after <row", (r: number) => `<row\n r="${r}"><c r="A${r}"><v>${r}</v></c></row>`, undefined],
    ["a tab after <row", (r: number) => `<row\tr="${r}"><c r="A${r}"><v>${r}</v></c></row>`, undefined],
    [
      "a worksheet part outside xl/worksheets/",
      (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`,
      "xl/data/rows.xml",
    ],
  ])("%s: 200,001 rows are too_many_rows", async (_, row, path) => {
    const r = await refusal(rowsWorkbook(ROWS, row, path));
    expect(r).toEqual({ code: "too_many_rows", detail: "工作表“会员名册”超过 200,000 行" });
  });

  it("prefixed <x:row>: 200,001 rows are too_many_rows", async () => {
    const head =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>';
    const bytes = rowsWorkbook(ROWS, (r) => `<x:row r="${r}"><x:c><x:v>1</x:v></x:c></x:row>`, undefined, head);
    const fixed = unzipSync(bytes);
    editText(fixed, "xl/worksheets/sheet1.xml", (x) =>
      x.replace("</sheetData></worksheet>", "</x:sheetData></x:worksheet>"),
    );
    expect((await refusal(zipParts(fixed, 1))).code).toBe("too_many_rows");
  });

  // Varied content, as real sheets have: repeated text compresses past the zip-bomb ratio.
  const noise =
    (seed: number): (() => number) =>
    () =>
      (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);

  it("2,000,001 cells in one sheet are too_many_cells", async () => {
    const next = noise(1);
    const wide = (): string => Array.from({ length: 16_384 }, () => `<c><v>${next() >>> 14}</v></c>`).join("");
    expect(await refusal(rowsWorkbook(123, (r) => `<row r="${r}">${wide()}</row>`))).toEqual({
      code: "too_many_cells",
      detail: "工作表“会员名册”超过 2,000,000 个单元格",
    });
  });

  it("a cell text over Excel's 32,767 characters is damage; shared strings of 35 million characters are too_much_text", async () => {
    const long = "长".repeat(32_768);
    const one = tinyXlsx({
      sheets: [{ name: "会员名册", rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>` }],
    });
    expect(await refusal(one)).toEqual({
      code: "corrupt",
      detail: "工作表“会员名册”单元格 A1的文字有 32,768 个字符，超过 Excel 单元格的上限 32,767",
    });
    const letters = Buffer.from(randomBytes(32_000 * 1_100).map((b) => 97 + (b % 26))).toString("latin1");
    const sst = Array.from(
      { length: 1_100 },
      (_, i) => `<si><t>${letters.slice(i * 32_000, (i + 1) * 32_000)}</t></si>`,
    ).join("");
    const many = zipParts(unzipSync(tinyXlsx({ sheets: [{ name: "会员名册", rows: "" }], sst })), 1);
    expect((await refusal(many)).code).toBe("too_much_text");
  });

  it("sheets that are not part of the ledger are never inflated: an extra sheet of garbage changes nothing", async () => {
    const extra = withParts((p) => {
      p["xl/worksheets/extra.xml"] = strToU8("<worksheet><sheetData><row r='1'>not xml at all <<<");
      editText(p, "xl/workbook.xml", (x) =>
        x.replace("</sheets>", '<sheet name="我的统计" sheetId="99" r:id="rIdX"/></sheets>'),
      );
      editText(p, "xl/_rels/workbook.xml.rels", (x) =>
        x.replace(
          "</Relationships>",
          '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/extra.xml"/></Relationships>',
        ),
      );
    });
    expect(await outcome(extra)).toBe(seedResult);
    const loaded = loadWorkbookSource(extra, NODE_ZIP);
    expect(loaded.ok && [loaded.value.sheetNames.includes("我的统计"), loaded.value.sheet("我的统计")]).toEqual([
      true,
      undefined,
    ]);
  });
});

describe("well-formedness where it matters for numbers", () => {
  const sheetWith = (rows: string): Uint8Array =>
    withParts((p) =>
      editText(p, duesPart, (x) =>
        x.replace(/<sheetData>.*<\/sheetData>/su, (d) => d.replace("</sheetData>", `${rows}</sheetData>`)),
      ),
    );
  const cases: readonly (readonly [string, string, string])[] = [
    [
      "two <row r=…> with the same number",
      '<row r="9000"><c r="A9000" t="inlineStr"><is><t>M1</t></is></c></row><row r="9000"><c r="B9000"><v>1</v></c></row>',
      "工作表“会费台账”第9000行出现了两次",
    ],
    [
      "two cells with the same r",
      '<row r="9000"><c r="J9000"><v>1</v></c><c r="J9000"><v>2</v></c></row>',
      "工作表“会费台账”单元格 J9000 出现了两次",
    ],
    ["a duplicated attribute", '<row r="9000"><c r="J9000" r="I9000"><v>1</v></c></row>', "属性“r”重复"],
    [
      "a cell reference outside its row",
      '<row r="9000"><c r="J9001"><v>1</v></c></row>',
      "工作表“会费台账”单元格地址“J9001”不在第9000行",
    ],
    [
      "a number with trailing garbage",
      '<row r="9000"><c r="J9000"><v>731abc</v></c></row>',
      "工作表“会费台账”单元格 J9000：数值“731abc”无效",
    ],
    [
      "a shared-string index with garbage",
      '<row r="9000"><c r="A9000" t="s"><v>1x</v></c></row>',
      "工作表“会费台账”单元格 A9000：共享字符串序号“1x”无效",
    ],
    [
      "a boolean that is not one",
      '<row r="9000"><c r="A9000" t="b"><v>yes</v></c></row>',
      "工作表“会费台账”单元格 A9000：逻辑值“yes”无效",
    ],
  ];
  it.each(cases)("%s is damage, naming the place", async (_, rows, detail) => {
    const r = await refusal(sheetWith(rows));
    expect(r.code).toBe("corrupt");
    expect(r.detail).toContain(detail);
  });

  it("bytes that are not UTF-8 after a number's digits are damage (2444.0\\xFF was read as 2444)", async () => {
    const bytes = withParts((p) => {
      const xml = p[duesPart] as Uint8Array;
      const text = strFromU8(xml);
      // Right after the digits of the first value of the data rows (row 1's title is a formula with text).
      const at = strToU8(text.slice(0, text.indexOf("</v>", text.indexOf('<row r="3"')))).length;
      p[duesPart] = concat([xml.subarray(0, at), Uint8Array.of(0xff), xml.subarray(at)]);
    });
    expect(await refusal(bytes)).toMatchObject({
      code: "corrupt",
      detail: expect.stringMatching(
        /^工作表“会费台账”单元格 [A-Z]+\d+：(数值|共享字符串序号)“\d+(\.\d+)?\uFFFD”无效$/u,
      ),
    });
  });

  it("bytes that are not UTF-8 in a text: read with U+FFFD and a text_damaged warning at the cell", async () => {
    const clean = await ledgerBytes(cleanData());
    const p = unzipSync(clean);
    const sst = p["xl/sharedStrings.xml"] as Uint8Array;
    const name = strToU8("春季健步走");
    const at = sst.findIndex((_, i) => name.every((b, j) => sst[i + j] === b));
    p["xl/sharedStrings.xml"] = new Uint8Array(
      concat([sst.subarray(0, at + 3), Uint8Array.of(0xff), sst.subarray(at + 3)]),
    );
    const r = await analyzeBytes(zipParts(p), NODE_ZIP);
    if (!r.ok) throw new Error(r.error.code);
    const damaged = r.value.findings.filter((f) => f.code === "text_damaged");
    expect(damaged.map((f) => [f.sheet, f.cell, f.value, f.severity])).toEqual([
      ["活动台账", expect.stringMatching(/^[A-Z]+\d+$/u), "春\uFFFD季健步走", "warning"],
    ]);
    expect(damaged[0] && messageOf(damaged[0])).toContain("无法识别的字符");
  });

  it("\\r\\n inside a cell's text is \\n, as XML parsers give it; &#13; stays \\r", async () => {
    const bytes = tinyXlsx({
      sheets: [{ name: "S", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>a\r\nb\rc&#13;d</t></is></c></row>' }],
    });
    const loaded = loadWorkbookSource(bytes, { sheets: () => true });
    expect(loaded.ok && loaded.value.sheet("S")?.cell(1, 1)).toEqual({ type: "string", value: "a\nb\nc\rd" });
  });
});

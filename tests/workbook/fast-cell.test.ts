/**
 * The cell fast path (src/workbook/xlsx/fast-cell.ts) reads exactly what the generic scanner reads:
 * the same workbook is read once as written and once with an attribute the fast path does not take
 * (ph="0", show-phonetic, meaningless here) on every cell, which sends every cell down the
 * generic path; the sources must not differ in one cell. And the shapes it takes or leaves.
 */
import { readFile } from "node:fs/promises";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { newHead, readFastCell } from "../../src/workbook/xlsx/fast-cell.js";
import { openXlsx } from "../../src/workbook/xlsx/open-xlsx.js";
import { zipParts } from "../fixtures-hand/xlsx.js";
import { bothSources, sourceDiff } from "./source-diff.js";
import { open, tinyXlsx } from "./tiny-xlsx.js";

/** Every `<c` of every worksheet given an attribute the fast path leaves to the scanner. */
function generic(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  let changed = 0;
  for (const name of Object.keys(parts)) {
    if (!name.startsWith("xl/worksheets/")) continue;
    const xml = strFromU8(parts[name] as Uint8Array);
    const slow = xml.replace(/<c([ />])/gu, '<c ph="0"$1');
    if (slow !== xml) changed++;
    parts[name] = strToU8(slow);
  }
  expect(changed).toBeGreaterThanOrEqual(6); // every ledger sheet has cells
  return zipParts(parts);
}

describe("the fast path reads what the scanner reads", () => {
  it.each(["templates/example-2024.xlsx", "templates/union-ledger-template-v1.xlsx"])(
    "%s, every cell",
    async (file) => {
      const bytes = new Uint8Array(await readFile(file));
      const [fast, slow] = [openXlsx(bytes), openXlsx(generic(bytes))];
      if (!fast.ok || !slow.ok) throw new Error("unreadable");
      expect(sourceDiff(fast.value, slow.value)).toEqual([]);
    },
  );

  it("odd but valid cells: entities, spaces, empty elements, other quotes, no r", () => {
    const rows =
      '<row r="1"><c r="A1" t="str"><v>a &amp; b&#x4e2d;</v></c><c r="B1"><v> 12.5 </v></c><c r="C1" s="0"></c><c r=\'D1\' t=\'b\'><v>1</v></c>' +
      '<c  r="E1"   ><v>-0.25</v></c><c><v>3</v></c><c r="H1" t="e"><v>#N/A</v></c><c r="I1"/><c r="J1" t="s"><v>0</v></c></row>';
    const sst = "<si><t>共享</t></si>";
    const bytes = tinyXlsx({ sheets: [{ name: "S", rows }], sst });
    const slowRows = rows.replace(/<c([ />])/gu, '<c ph="0"$1');
    expect(sourceDiff(open(bytes), open(tinyXlsx({ sheets: [{ name: "S", rows: slowRows }], sst })))).toEqual([]);
    const s = open(bytes).sheet("S");
    expect([1, 2, 4, 5, 6, 8, 10].map((c) => s?.cell(1, c))).toEqual([
      { type: "string", value: "a & b中" },
      { type: "number", value: 12.5 },
      { type: "boolean", value: true },
      { type: "number", value: -0.25 },
      { type: "number", value: 3 },
      { type: "error", value: "#N/A" },
      { type: "string", value: "共享" },
    ]);
  });

  it("an empty cell after one with a value reads as no value (no span carried over): exceljs' counts", async () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"/><c r="C1"></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="D2"/></row>';
    const both = await bothSources(tinyXlsx({ sheets: [{ name: "S", rows }], sst: "<si><t>x</t></si>" }));
    expect(sourceDiff(both.exceljs, both.xlsx)).toEqual([]);
    expect(both.xlsx.sheet("S")?.columnCount).toBe(1);
  });

  it.each([
    ["a formula", '<c r="A1"><f>1+1</f><v>2</v></c>'],
    ["an inline string", '<c r="A1" t="inlineStr"><is><t>x</t></is></c>'],
    ["another attribute", '<c r="A1" cm="1"><v>2</v></c>'],
    ["a repeated attribute", '<c r="A1" r="B1"><v>2</v></c>'],
    ["a prefixed value", '<c r="A1"><x:v>2</x:v></c>'],
    ["whitespace between elements", '<c r="A1">\n<v>2</v></c>'],
    ["CDATA", '<c r="A1"><v><![CDATA[2]]></v></c>'],
    ["a comment", '<c r="A1"><v>2<!-- x --></v></c>'],
    ["an attribute with no space before it", '<c r="A1"s="2"><v>2</v></c>'],
  ])("leaves %s to the scanner", (_, xml) => {
    expect(readFastCell(xml, 0, newHead())).toBe(-1);
  });

  it("takes the usual shapes and says where they end", () => {
    for (const xml of [
      '<c r="B3" s="5" t="s"><v>12</v></c>',
      '<c r="B3" s="5"/>',
      "<c></c>",
      '<c t="n" r="B3"><v>1.5</v></c>',
    ]) {
      expect(readFastCell(`${xml}<c/>`, 0, newHead())).toBe(xml.length);
    }
  });
});

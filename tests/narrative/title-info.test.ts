/**
 * A workbook without the union's name or the year (a blank template) would give a report titled "0年工作总结":
 * missingTitleInfo names what is missing and the cell where the reader found its label.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { missingTitleInfo } from "../../src/narrative/title-info.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";

const BLANK = new URL("../../templates/union-ledger-template-v1.xlsx", import.meta.url);

describe("missingTitleInfo", () => {
  it("is empty for a filled workbook", async () => {
    expect(missingTitleInfo(await analyzeData(cleanData()))).toEqual([]);
  });

  it("names both fields and their cells on 基本信息 for the blank template", async () => {
    const blank = await analyzeBytes(new Uint8Array(await readFile(BLANK)));
    if (!blank.ok) throw new Error(blank.error.code);
    expect(missingTitleInfo(blank.value)).toEqual([
      { field: "unionName", label: "工会名称", sheet: "基本信息", cell: "B2" },
      { field: "fiscalYear", label: "年度", sheet: "基本信息", cell: "B5" },
    ]);
  });

  it("counts a blank name and an unreadable year as missing", async () => {
    const data = cleanData();
    data.info["unionName"] = "  ";
    data.info["fiscalYear"] = 24;
    expect(missingTitleInfo(await analyzeData(data)).map((m) => m.field)).toEqual(["unionName", "fiscalYear"]);
  });
});

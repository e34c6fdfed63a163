import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/findings/messages/index.js";
import { InputErrorCode } from "../../src/workbook/input-error.js";
import {
  INPUT_ERROR_MESSAGES,
  inputErrorMessage,
  type InputErrorMessageTable,
} from "../../src/workbook/messages/index.js";

const CODES = Object.values(InputErrorCode);
const CJK = /[\u4e00-\u9fff]/u;

describe("input error messages (src/workbook/messages/)", () => {
  it("has a table for zh-CN and en, each with every code (the mapped type checks it when compiling)", () => {
    const tables: Readonly<Record<Locale, InputErrorMessageTable>> = INPUT_ERROR_MESSAGES;
    expect(Object.keys(tables).sort()).toEqual(["en", "zh-CN"]);
    for (const table of Object.values(tables)) {
      expect(Object.keys(table).sort()).toEqual([...CODES].sort());
      for (const code of CODES) expect(typeof table[code], code).toBe("function");
    }
  });

  it.each(CODES)("%s reads as Chinese by default and English with en, naming no CLI flag or command", (code) => {
    const e = { code, detail: "X" };
    const zh = inputErrorMessage(e);
    const en = inputErrorMessage(e, "en");
    expect(zh).toMatch(CJK);
    expect(en).not.toMatch(CJK);
    for (const m of [zh, en]) expect(m).not.toMatch(/--[a-z]|union-ledger/u);
  });

  it("keeps the Chinese words the CLI printed before (the CLI adds its hint, see tests/cli/messages.test.ts)", () => {
    expect(inputErrorMessage({ code: "corrupt", detail: "xl/workbook.xml 第3字符处：标签未闭合" })).toBe(
      "文件已损坏或不完整，无法打开（xl/workbook.xml 第3字符处：标签未闭合）；请用表格软件打开检查并重新保存。",
    );
    expect(inputErrorMessage({ code: "empty" })).toBe("文件是空的（0字节），请重新导出或另存工作簿。");
  });
});

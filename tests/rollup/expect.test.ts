import { describe, expect, it } from "vitest";
import { missingUnits, parseCsv, parseExpect } from "../../src/rollup/expect.js";
import { rollupIssueMessage } from "../../src/rollup/messages/index.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("--expect CSV", () => {
  it("reads the first column under 工会名称 from a BOM + CRLF file with quoted fields", () => {
    const csv =
      '\uFEFF工会名称,联系人\r\n甲厂工会,张三\r\n"乙公司工会,二分会",李四\r\n"丙""新""厂工会"\r\n\r\n 丁厂工会 ,\r\n甲厂工会,重复\r\n';
    const r = parseExpect(utf8(csv));
    expect(r).toEqual({ ok: true, value: ["甲厂工会", "乙公司工会,二分会", '丙"新"厂工会', "丁厂工会"] });
  });

  it("reads a file without BOM and with LF endings and no final newline", () => {
    expect(parseExpect(utf8("工会名称\n甲厂工会\n乙厂工会"))).toEqual({ ok: true, value: ["甲厂工会", "乙厂工会"] });
  });

  it("keeps a line break inside quotes as part of the field", () => {
    expect(parseCsv('a,"b\r\nc"\r\nd')).toEqual([["a", "b\r\nc"], ["d"]]);
  });

  it("refuses a file whose first column is not headed 工会名称, saying what it found", () => {
    const r = parseExpect(utf8("单位,联系人\n甲厂工会,张三\n"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code: "expect_header", params: { expected: "工会名称", found: "单位" } });
    if (!r.ok) expect(rollupIssueMessage(r.error)).toContain("“单位”");
    if (!r.ok)
      expect(rollupIssueMessage(r.error, "en")).toBe(
        'The first column of the first row must be headed "工会名称"; it is "单位".',
      );
  });

  it("refuses a GBK file with a plain message instead of garbled names", () => {
    const gbk = new Uint8Array([0xb9, 0xa4, 0xbb, 0xe1, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a]); // 工会名称 in GBK
    const r = parseExpect(gbk);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("expect_not_utf8");
    if (!r.ok) expect(rollupIssueMessage(r.error)).toContain("UTF-8");
  });

  it("names the expected unions that did not submit, ignoring stray spaces", () => {
    expect(missingUnits(["甲厂工会", "乙厂工会", "丙厂工会"], ["甲厂 工会", "丙厂工会\u3000"])).toEqual(["乙厂工会"]);
  });
});

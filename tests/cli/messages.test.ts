/**
 * The CLI words the core's coded failures from the zh-CN/en registries and adds its own flag hints
 * (src/cli/messages/): in Chinese by default, in English with --lang en. Run in process (runMain).
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_MESSAGES, cliInputErrorMessage, cliRollupMessage, HINTED_CODES } from "../../src/cli/messages/index.js";
import { runMain } from "../fixtures-hand/cli.js";
import { cleanUnitBytes } from "../rollup/units.js";

const CJK = /[\u4e00-\u9fff]/u;
/** English may quote file names, paths and the values a file must hold: take those out. */
const withoutQuoted = (s: string): string => s.replace(/"[^"]*"|\[[^\]]*\]|\([^)]*\)/gu, "");

describe("the CLI's message registry", () => {
  it("has a hint for every hinted code in zh-CN and en (the mapped type checks it when compiling)", () => {
    expect(Object.keys(CLI_MESSAGES).sort()).toEqual(["en", "zh-CN"]);
    for (const t of Object.values(CLI_MESSAGES)) {
      expect(Object.keys(t.hints).sort()).toEqual([...HINTED_CODES].sort());
      for (const code of HINTED_CODES) expect(t.hints[code], code).not.toBe("");
    }
  });

  it("says an unusable workbook in the same Chinese words as before, hint included", () => {
    expect(cliInputErrorMessage({ code: "not_ledger", detail: "基本信息”“会员名册" })).toBe(
      "这个工作簿不是工会台账：找不到“基本信息”“会员名册”等工作表。请使用标准模板（union-ledger template）。",
    );
    expect(cliInputErrorMessage({ code: "empty" })).toBe("文件是空的（0字节），请重新导出或另存工作簿。");
    expect(cliInputErrorMessage({ code: "not_ledger", detail: "x" }, "en")).toBe(
      'This workbook is not a union ledger: sheets such as "x" are missing. Start from the standard template (union-ledger template).',
    );
  });

  it("adds --allow-mixed-years after the core's mixed-year refusal, in either language", () => {
    const issue = {
      code: "mixed_years",
      params: {
        years: [
          { year: 2024, files: ["a.xlsx"] },
          { year: 2023, files: ["b.xlsx"] },
        ],
      },
    } as const;
    expect(cliRollupMessage(issue)).toBe(
      "这些台账的年度不一致（2024年：a.xlsx；2023年：b.xlsx）。请只汇总同一年度的台账。确需合并不同年度时请加 --allow-mixed-years。",
    );
    expect(cliRollupMessage(issue, "en")).toMatch(
      /^These workbooks are of different fiscal years .* add --allow-mixed-years\.$/u,
    );
  });
});

describe("--lang en words the core's refusals in English", () => {
  let dir: string;
  let mixed: string;
  let badProfile: string;
  let badCsv: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ul-lang-"));
    mixed = join(dir, "mixed");
    await mkdir(mixed);
    await writeFile(join(mixed, "y2024.xlsx"), await cleanUnitBytes({ unionName: "甲厂工会" }));
    await writeFile(join(mixed, "y2023.xlsx"), await cleanUnitBytes({ unionName: "乙厂工会", year: 2023 }));
    badProfile = join(dir, "bad-profile.json");
    await writeFile(badProfile, JSON.stringify({ formatVersion: 1, id: "Bad Id", colour: "red" }));
    badCsv = join(dir, "units.csv");
    await writeFile(badCsv, "单位\r\n甲厂工会\r\n");
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("a mixed-year roll-up: Chinese with the flag by default, English with the flag with --lang en", async () => {
    const out = join(dir, "out.xlsx");
    const zh = await runMain(["rollup", mixed, "-o", out]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("这些台账的年度不一致（");
    expect(zh.stderr).toContain("--allow-mixed-years");
    const en = await runMain(["rollup", mixed, "-o", out, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr.trim().split("\n")).toHaveLength(1);
    expect(en.stderr).toMatch(
      /^These workbooks are of different fiscal years \(2024: .*y2024\.xlsx; 2023: .*y2023\.xlsx\)\./u,
    );
    expect(en.stderr).toContain("add --allow-mixed-years.");
    expect(withoutQuoted(en.stderr)).not.toMatch(CJK);
  });

  it("a bad profile file: every mistake in English", async () => {
    const en = await runMain([
      "rollup",
      mixed,
      "-o",
      join(dir, "out.xlsx"),
      "--profile-file",
      badProfile,
      "--lang",
      "en",
    ]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`Profile file "${badProfile}" has mistakes`);
    expect(en.stderr).toContain('Unknown field "colour"');
    expect(en.stderr).toContain("[id] id must be lower-case letters");
    expect(withoutQuoted(en.stderr)).not.toMatch(CJK);
    const zh = await runMain(["validate", join(mixed, "y2024.xlsx"), "--profile-file", badProfile]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("不认识的字段“colour”");
  });

  it("a wrong --expect file: English with --lang en", async () => {
    const en = await runMain(["rollup", mixed, "-o", join(dir, "out.xlsx"), "--expect", badCsv, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr.trim()).toBe(
      `The list of expected unions "${badCsv}" cannot be used: The first column of the first row must be headed "工会名称"; it is "单位".`,
    );
    const zh = await runMain(["rollup", mixed, "-o", join(dir, "out.xlsx"), "--expect", badCsv]);
    expect(zh.stderr.trim()).toBe(`应报送单位名单“${badCsv}”有误：第一行第一列应为“工会名称”，实际是“单位”。`);
  });
});

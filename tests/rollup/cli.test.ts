/**
 * `union-ledger rollup` as a clerk runs it (built CLI, bin/ → dist/): folders with spaces and
 * Chinese names, a duplicate, a broken file, a lock file, the output inside the input folder. Runs
 * of one or two files, checked for what they write, call main() in process (runMain); a refusal's
 * one message (exit 2) and four or more files (read by worker threads) are the built CLI's.
 */
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oneMessageProblems, runCli, runMain } from "../fixtures-hand/cli.js";
import { cleanUnitBytes } from "./units.js";

let dir: string;
let inputs: string; // "基层 台账"
let output: string;
let expectCsv: string;
const cost = { 甲: 1200, 乙: 1500, 丙: 1700, 甲更正: 1300 };

interface RollupJson {
  units: {
    file: string;
    unionName: string;
    fiscalYear: number;
    errors: number;
    warnings: number;
    totals: { activities: { costFen: number } };
  }[];
  total: { unionName: string; fiscalYear: number; activities: { costFen: number }; members: { total: number } };
  duplicates: { file: string; unionName: string; fiscalYear: number; keptFile: string }[];
  missing: string[];
  unreadable: { file: string; message: string }[];
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ul-rollup-"));
  inputs = join(dir, "基层 台账");
  await mkdir(join(inputs, "子目录 二"), { recursive: true });
  const first = join(inputs, "甲厂 工会.xlsx");
  const corrected = join(inputs, "甲厂工会（更正）.xlsx");
  await writeFile(first, await cleanUnitBytes({ unionName: "甲厂工会", filedOn: "2025-01-05", cost: cost.甲 }));
  await writeFile(corrected, await cleanUnitBytes({ unionName: "甲厂工会", filedOn: "2025-01-10", cost: cost.甲更正 }));
  // The corrected file is older on disk: 填报日期 must decide, not the file time.
  await utimes(corrected, new Date("2025-01-01"), new Date("2025-01-01"));
  await writeFile(join(inputs, "乙厂工会.xlsx"), await cleanUnitBytes({ unionName: "乙厂工会", cost: cost.乙 }));
  await writeFile(
    join(inputs, "子目录 二", "丙厂工会.xlsx"),
    await cleanUnitBytes({ unionName: "丙厂工会", cost: cost.丙 }),
  );
  await writeFile(join(inputs, "损坏的 文件.xlsx"), "这不是工作簿");
  await writeFile(join(inputs, "~$甲厂 工会.xlsx"), "lock"); // Excel's lock file: never an input
  await writeFile(join(inputs, "说明.txt"), "not a workbook");
  output = join(inputs, "汇总 结果.xlsx");
  expectCsv = join(dir, "应报送 名单.csv");
  await writeFile(expectCsv, "\uFEFF工会名称,联系人\r\n甲厂工会,张\r\n乙厂工会,李\r\n丙厂工会,王\r\n丁厂工会,赵\r\n");
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("union-ledger rollup", () => {
  it("consolidates a folder: --json shape, duplicate by 填报日期, missing unit, broken file skipped (exit 1)", async () => {
    const run = await runCli([
      "rollup",
      inputs,
      "-o",
      output,
      "--expect",
      expectCsv,
      "--json",
      "--name",
      "高新区总工会",
    ]);
    expect(run.code, run.stderr).toBe(1); // the broken file
    const out = JSON.parse(run.stdout) as RollupJson;
    expect(Object.keys(out)).toEqual(["units", "total", "duplicates", "missing", "unreadable", "notices"]);
    expect(out.units.map((u) => u.unionName).sort()).toEqual(["丙厂工会", "乙厂工会", "甲厂工会"].sort());
    expect(Object.keys(out.units[0] ?? {})).toEqual([
      "file",
      "unionName",
      "fiscalYear",
      "errors",
      "warnings",
      "totals",
      "profile",
      "upperUnion",
    ]);
    const jia = out.units.find((u) => u.unionName === "甲厂工会");
    expect(jia?.file).toContain("甲厂工会（更正）.xlsx");
    expect(jia?.totals.activities.costFen).toBe(cost.甲更正 * 100);
    expect(out.duplicates).toEqual([
      {
        file: join(inputs, "甲厂 工会.xlsx"),
        unionName: "甲厂工会",
        fiscalYear: 2024,
        keptFile: join(inputs, "甲厂工会（更正）.xlsx"),
      },
    ]);
    expect(out.missing).toEqual(["丁厂工会"]);
    expect(out.unreadable).toHaveLength(1);
    expect(out.unreadable[0]?.file).toContain("损坏的 文件.xlsx");
    expect(out.unreadable[0]?.message).toContain("不是 Excel 工作簿");
    expect(out.total).toMatchObject({ unionName: "高新区总工会", fiscalYear: 2024, members: { total: 9 } });
    expect(out.total.activities.costFen).toBe((cost.甲更正 + cost.乙 + cost.丙) * 100);
    expect(existsSync(output)).toBe(true);
  });

  it("refuses to overwrite the output without --force, and with it leaves the output out of the inputs", async () => {
    const refused = await runCli(["rollup", inputs, "-o", output]);
    expect(refused.code).toBe(2);
    expect(oneMessageProblems(refused.stderr)).toEqual([]);
    expect(refused.stderr).toContain("--force");
    const again = await runCli(["rollup", inputs, "-o", output, "--force"]);
    expect(again.code, again.stderr).toBe(1);
    // Human summary; still three units: the earlier roll-up in the folder was not read as an input.
    expect(again.stdout).toContain("单位3个");
    expect(again.stdout).toContain("重复已忽略1个");
    expect(again.stdout).toContain("无法读取：");
  });

  it("refuses mixed fiscal years naming files and years, and accepts them with --allow-mixed-years", async () => {
    const mixed = join(dir, "混合 年度");
    await mkdir(mixed);
    await writeFile(join(mixed, "二四.xlsx"), await cleanUnitBytes({ unionName: "甲厂工会" }));
    await writeFile(join(mixed, "二三.xlsx"), await cleanUnitBytes({ unionName: "乙厂工会", year: 2023 }));
    const out = join(dir, "混合.xlsx");
    const refused = await runCli(["rollup", mixed, "-o", out]);
    expect(refused.code).toBe(2);
    expect(oneMessageProblems(refused.stderr)).toEqual([]);
    for (const s of ["2023年", "2024年", "二三.xlsx", "二四.xlsx", "--allow-mixed-years"])
      expect(refused.stderr).toContain(s);
    expect(existsSync(out)).toBe(false);
    const allowed = await runMain(["rollup", mixed, "-o", out, "--allow-mixed-years", "--json"]);
    expect(allowed.code).not.toBe(2);
    expect((JSON.parse(allowed.stdout) as RollupJson).units.map((u) => u.fiscalYear).sort()).toEqual([2023, 2024]);
  });

  it("rolls up earlier roll-ups given as files, exit 0 when no unit has errors", async () => {
    const a = join(dir, "片区 一.xlsx");
    const b = join(dir, "片区 二.xlsx");
    const inA = join(dir, "a");
    await mkdir(inA);
    await writeFile(join(inA, "x.xlsx"), await cleanUnitBytes({ unionName: "戊厂工会", cost: 900 }));
    expect((await runMain(["rollup", inA, "-o", a])).code).toBe(0);
    expect((await runMain(["rollup", join(inputs, "乙厂工会.xlsx"), "-o", b])).code).toBe(0);
    const top = await runMain(["rollup", a, b, "-o", join(dir, "市总.xlsx"), "--json"]);
    expect(top.code, top.stderr).toBe(0);
    const out = JSON.parse(top.stdout) as RollupJson;
    expect(out.units.map((u) => u.unionName).sort()).toEqual(["乙厂工会", "戊厂工会"].sort());
    expect(out.total.activities.costFen).toBe((900 + cost.乙) * 100);
  });

  it("exits 2 with one plain message when there is nothing to do or the --expect file is wrong", async () => {
    const empty = join(dir, "空 文件夹");
    await mkdir(empty);
    const none = await runCli(["rollup", empty, "-o", join(dir, "无.xlsx")]);
    expect(none.code).toBe(2);
    expect(oneMessageProblems(none.stderr)).toEqual([]);
    const badCsv = join(dir, "bad.csv");
    await writeFile(badCsv, "单位\r\n甲厂工会\r\n");
    const bad = await runCli(["rollup", inputs, "-o", join(dir, "无.xlsx"), "--expect", badCsv]);
    expect(bad.code).toBe(2);
    expect(oneMessageProblems(bad.stderr)).toEqual([]);
    expect(bad.stderr).toContain("工会名称");
    expect(existsSync(join(dir, "无.xlsx"))).toBe(false);
  });
});

/**
 * `union-ledger rollup` with its worker pool (several files: one worker per core), --lang and
 * --profile-file, through the built CLI as a clerk runs it; --profile-file over one file (no
 * worker threads) through main() in process.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findProfile } from "../../src/profiles/builtin.js";
import { toFile } from "../../src/profiles/profile-file.js";
import type { Profile } from "../../src/profiles/profile.js";
import { ingestBytes } from "../../src/rollup/ingest.js";
import { displayText } from "../../src/cells/raw-cell.js";
import { openXlsx } from "../../src/workbook/xlsx/open-xlsx.js";
import { oneMessageProblems, runCli, runMain } from "../fixtures-hand/cli.js";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";
import { cleanUnitBytes, exampleUnitBytes } from "./units.js";

interface RollupJson {
  units: { file: string; unionName: string; errors: number; warnings: number; totals: unknown }[];
  unreadable: { file: string; message: string }[];
}

let dir: string;
let inputs: string;
const files: [string, Uint8Array][] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ul-rollup-opts-"));
  inputs = join(dir, "units");
  await mkdir(inputs);
  // Big and small workbooks alternate, so the workers finish them out of order.
  for (let i = 1; i <= 7; i++) {
    const bytes =
      i % 2 ? await exampleUnitBytes(i) : await cleanUnitBytes({ unionName: `第${i}厂工会`, cost: 1000 + i });
    files.push([join(inputs, `unit-${i}.xlsx`), bytes]);
  }
  // One unit with a warning (the same person handled and approved an activity).
  const data = cleanData();
  data.info["unionName"] = "第9厂工会";
  const [act] = data.sheets["活动台账"] ?? [];
  data.sheets["活动台账"] = [{ ...act, approver: act?.["handler"] }];
  files.push(
    [join(inputs, "unit-8 broken.xlsx"), new TextEncoder().encode("这不是工作簿")],
    [join(inputs, "unit-9.xlsx"), await ledgerBytes(data)],
  );
  for (const [path, bytes] of files) await writeFile(path, bytes);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const sheetText = (bytes: Uint8Array, sheet: string): string => {
  const wb = openXlsx(bytes);
  const ws = wb.ok ? wb.value.sheet(sheet) : undefined;
  if (!ws) throw new Error(`no ${sheet}`);
  const lines: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++)
    lines.push(Array.from({ length: ws.columnCount }, (_, c) => displayText(ws.cell(r, c + 1))).join("\t"));
  return lines.join("\n");
};

describe("rollup over several files (worker threads)", () => {
  it("gives each unit exactly as reading the files one by one in this process does, in input order", async () => {
    const run = await runCli(["rollup", inputs, "-o", join(dir, "out.xlsx"), "--json"]);
    expect(run.code, run.stderr).toBe(1); // the broken file
    const out = JSON.parse(run.stdout) as RollupJson;
    const expected: RollupJson["units"] = [];
    for (const [path, bytes] of files) {
      for (const r of await ingestBytes(bytes, path, 0)) {
        if (r.kind === "unit")
          expected.push({
            file: r.file,
            unionName: r.unionName,
            errors: r.errors,
            warnings: r.warnings,
            totals: r.totals,
          });
      }
    }
    expect(out.units.map((u) => u.file)).toEqual(files.filter((_, i) => i !== 7).map(([p]) => p));
    expect(
      out.units.map(({ file, unionName, errors, warnings, totals }) => ({ file, unionName, errors, warnings, totals })),
    ).toEqual(expected);
    expect(out.unreadable).toEqual([{ file: files[7]?.[0], message: expect.stringContaining("不是 Excel 工作簿") }]);
  });
});

describe("--lang and --profile-file", () => {
  it("--lang en: the summary, the unreadable file's message and the 问题清单 messages in English", async () => {
    const output = join(dir, "en.xlsx");
    const run = await runCli(["rollup", inputs, "-o", output, "--lang", "en"]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /^Roll-up written to ".*en\.xlsx": fiscal year 2024, 8 units \(0 with errors\), 0 duplicates ignored, 1 unreadable, 0 missing\.\n {2}\d+ members; dues paid /u,
    );
    expect(run.stdout).toContain("Unreadable: ");
    expect(run.stdout).toContain("This is not an Excel workbook (.xlsx).");
    const findings = sheetText(new Uint8Array(await readFile(output)), "问题清单");
    expect(findings).toContain('approval_same_person\t活动台账\tL3\tHandler and approver are both "周干事".');
    const zh = await runCli(["rollup", inputs, "-o", join(dir, "zh.xlsx"), "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("汇总完成");
    const bad = await runCli(["rollup", inputs, "-o", join(dir, "x.xlsx"), "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(oneMessageProblems(bad.stderr)).toEqual([]);
  });

  it("--profile-file: the upper union's caps apply to every unit; a broken file is refused (exit 2) naming profiles --check", async () => {
    const base = findProfile("default") as Profile;
    const tight = join(dir, "tight.json");
    await writeFile(
      tight,
      JSON.stringify({
        ...toFile(base),
        id: "district-2025",
        name: "某某区2025年经费标准",
        issuer: "某某区总工会",
        caps: { ...toFile(base).caps, 生病住院: 500 },
      }),
    );
    const one = join(dir, "one");
    await mkdir(one);
    await writeFile(join(one, "a.xlsx"), await cleanUnitBytes({ unionName: "甲厂工会" }));
    const plain = JSON.parse(
      (await runMain(["rollup", one, "-o", join(dir, "p.xlsx"), "--json"])).stdout,
    ) as RollupJson;
    expect(plain.units[0]?.errors).toBe(0);
    const output = join(dir, "tight.xlsx");
    const run = await runMain(["rollup", one, "-o", output, "--json", "--profile-file", tight]);
    expect(run.code, run.stderr).toBe(1);
    expect((JSON.parse(run.stdout) as RollupJson).units[0]?.errors).toBe(1);
    // The findings name the upper union's profile by its Chinese name.
    expect(sheetText(new Uint8Array(await readFile(output)), "问题清单")).toContain("按“某某区2025年经费标准”");

    const broken = join(dir, "broken.json");
    await writeFile(broken, JSON.stringify({ ...toFile(base), dues: { rate: "0.5%" } }));
    const refused = await runMain(["rollup", one, "-o", join(dir, "r.xlsx"), "--profile-file", broken]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("profiles --check");
  });
});

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMain } from "../fixtures-hand/cli.js";
import { ACTIVITIES, CONDOLENCES, d, fenOf, sum, workbookOf } from "./clerk-workbooks.js";

/** `union-ledger import` run through the CLI's main() in this process (the built CLI: tests/cli/import-command.test.ts). */
let dir = "";
const sha = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ul-import-"));
  const bytes = await workbookOf([
    {
      name: "活动记录",
      rows: [
        ["活动时间", "活动名称", "参加人数", "支出金额（元）", "经办人", "审批人"],
        ...ACTIVITIES.map((a) => [`${a[0].replaceAll("-", ".")}`, a[1], `${a[3]}人`, a[4], "赵敏", "孙主席"]),
      ],
    },
    {
      name: "慰问登记",
      rows: [
        ["日期", "会员号", "姓名", "慰问事由", "金额"],
        ...CONDOLENCES.map((c) => [d(c[0]), c[1], c[2], c[3], c[5]]),
      ],
    },
  ]);
  await writeFile(join(dir, "theirs.xlsx"), bytes);
  await writeFile(join(dir, "junk.xlsx"), await workbookOf([{ name: "库存", rows: [["商品", "单价"]] }]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("union-ledger import (in process)", () => {
  it("writes the standard workbook and MAP.json beside it, prints the report as JSON, and leaves the input alone", async () => {
    const input = join(dir, "theirs.xlsx");
    const before = sha(await readFile(input));
    const out = join(dir, "标准台账.xlsx");
    const run = await runMain(["import", input, "-o", out, "--union", "某某公司工会", "--json"]);
    // The imported workbook has error findings (活动类别, 慰问形式 missing): exit code 1, as `report` with errors.
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & { validation: { errors: number } };
    expect(json["output"]).toBe(out);
    expect(json["map"]).toBe(join(dir, "标准台账.map.json"));
    expect(json["year"]).toEqual({ value: 2024, basis: "dates" });
    expect(json.validation.errors).toBeGreaterThan(0);
    expect(json["missing"]).toContainEqual({ sheet: "活动台账", header: "活动类别" });
    expect(existsSync(join(dir, "标准台账.map.json"))).toBe(true);
    expect(run.stderr).toMatch(/^已生成 .*标准台账\.xlsx 和映射文件 .*校验：\d+ 个错误/u);
    expect(sha(await readFile(input))).toBe(before);

    const totals = await runMain(["totals", out, "--json"]);
    const t = JSON.parse(totals.stdout) as { activities: { costFen: number }; condolences: { amountFen: number } };
    expect(t.activities.costFen).toBe(sum(ACTIVITIES.map((a) => fenOf(a[4]))));
    expect(t.condolences.amountFen).toBe(sum(CONDOLENCES.map((c) => fenOf(c[5]))));
  });

  it("refuses to overwrite without --force, and imports again the same way with --map", async () => {
    const input = join(dir, "theirs.xlsx");
    const out = join(dir, "again.xlsx");
    expect((await runMain(["import", input, "-o", out])).code).toBe(1);
    const refused = await runMain(["import", input, "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/已存在；如要覆盖，请加 --force/u);
    const mapped = await runMain(["import", input, "-o", out, "--map", join(dir, "again.map.json"), "--force"]);
    expect(mapped.code).toBe(1);
    expect(mapped.stdout).toContain("工作表“活动记录” → 活动台账（依据：MAP.json");
    expect(mapped.stdout).toContain("A 列“活动时间” → 日期（按 MAP.json）");
    expect(mapped.stdout).toContain("活动记录!A2（活动时间）：“2024.01.15” → 2024-01-15");
  });

  it("exits 2 with what it looked for when nothing is a ledger, and writes nothing", async () => {
    const out = join(dir, "none.xlsx");
    const run = await runMain(["import", join(dir, "junk.xlsx"), "-o", out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^在工作表“库存”中没有找到可识别的台账。查找的是：会员名册（表名含/u);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses to write over its input", async () => {
    const input = join(dir, "theirs.xlsx");
    const run = await runMain(["import", input, "-o", input, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/输出文件不能与原文件相同/u);
  });
});

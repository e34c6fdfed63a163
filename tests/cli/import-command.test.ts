/**
 * `union-ledger import` as a clerk's shell runs it: the built CLI (bin/union-ledger.js → dist/, built by `npm test`),
 * one Node start-up, checked for the exit code, the two files written and the input left alone. The behaviour in
 * detail is tested in process (tests/import/).
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, sha256 } from "../fixtures-hand/cli.js";
import { ACTIVITIES, d, workbookOf } from "../import/clerk-workbooks.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ul-import-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("union-ledger import (built CLI)", () => {
  it("imports a clerk's workbook, writes MAP.json beside it and leaves the input unchanged", async () => {
    const input = join(dir, "活动记录.xlsx");
    await writeFile(
      input,
      await workbookOf([
        {
          name: "活动记录",
          merges: ["A1:G1"],
          rows: [
            ["2024年活动记录", null, null, null, null, null, null],
            ["活动时间", "活动名称", "活动类别", "参加人数", "支出金额（元）", "经办人", "审批人"],
            ...ACTIVITIES.map((a) => [d(a[0]), a[1], a[2], a[3], a[4], "赵敏", "孙主席"]),
            ["合计", null, null, null, null, null, null],
          ],
        },
      ]),
    );
    const before = await sha256(input);
    const out = join(dir, "标准台账.xlsx");
    const run = await runCli(["import", input, "-o", out, "--union", "某某公司工会", "--json"]);
    expect([0, 1]).toContain(run.code);
    const json = JSON.parse(run.stdout) as { sheets: { ledger: string; rows: number }[] };
    expect(json.sheets).toMatchObject([{ ledger: "activities", rows: ACTIVITIES.length }]);
    expect(existsSync(out) && existsSync(join(dir, "标准台账.map.json"))).toBe(true);
    expect(await sha256(input)).toBe(before);
    const again = await runCli(["import", input, "-o", out]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
  });
});

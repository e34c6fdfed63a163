import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../fixtures-hand/cli.js";
import { describe, expect, it } from "vitest";

const cli = runCli;

describe("union-ledger profiles", () => {
  it("prints the built-ins as profile files, --check accepts one, explains a broken one, and template stamps it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ul-prof-"));
    try {
      const list = await cli(["profiles", "--json"]);
      expect(list.code).toBe(0);
      const files = JSON.parse(list.stdout) as Record<string, unknown>[];
      expect(files.map((f) => f["id"])).toContain("beijing-2019");
      const good = join(dir, "good.json");
      await writeFile(good, `\uFEFF${JSON.stringify({ ...files[0], id: "my-district-2025", issuer: "某某区总工会" })}`);
      const ok = await cli(["profiles", "--check", good]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain("无误");

      const bad = join(dir, "bad.json");
      await writeFile(
        bad,
        JSON.stringify({ ...files[0], caps: { 生日慰问: -300 }, dues: { rate: "0.5%", truncationYuan: 10 } }),
      );
      const checked = await cli(["profiles", "--check", bad]);
      expect(checked.code).toBe(1);
      expect(checked.stdout).toContain("[caps.生日慰问]");
      expect(checked.stdout).toContain("[dues.rate]");
      expect(checked.stdout).toContain("有 2 处需要修改");
      expect(checked.stdout).toContain("[caps.生日慰问] 生日慰问每次上限不能为负数，现为 -300。");

      // --lang en explains every mistake in English, at the same paths.
      const english = await cli(["profiles", "--check", bad, "--lang", "en"]);
      expect(english.code).toBe(1);
      expect(english.stdout).toContain("has 2 mistakes to correct:");
      expect(english.stdout).toContain(
        '[caps.生日慰问] The cap per payment for "生日慰问" must not be negative; it is -300.',
      );
      expect(english.stdout).toContain(
        "[dues.rate] dues.rate must be the dues rate as a decimal: 0.5% is written 0.005.",
      );
      expect((await cli(["profiles", "--check", good, "--lang", "en"])).stdout).toContain(
        "is correct: my-district-2025",
      );

      const refused = await cli(["validate", "templates/example-2024.xlsx", "--profile-file", bad]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("profiles --check");
      expect(refused.stderr).toContain("生日慰问每次上限不能为负数");
      const refusedEn = await cli(["validate", "templates/example-2024.xlsx", "--profile-file", bad, "--lang", "en"]);
      expect(refusedEn.code).toBe(2);
      expect(refusedEn.stderr).toContain("profiles --check");
      expect(refusedEn.stderr).toContain("must not be negative");

      expect((await cli(["profiles", "--check", join(dir, "missing.json")])).code).toBe(2);

      const out = join(dir, "t.xlsx");
      const made = await cli([
        "template",
        "--profile-file",
        good,
        "--union",
        "某某公司工会",
        "--year",
        "2025",
        "-o",
        out,
      ]);
      expect(made.code).toBe(0);
      const v = await cli(["validate", out, "--json"]);
      expect(JSON.parse(v.stdout)).toMatchObject({ profile: "my-district-2025", errors: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import type { Command } from "commander";
import { BUILTIN_PROFILES } from "../../profiles/builtin.js";
import { fenToPlainYuan } from "../../money/fen.js";
import type { Profile } from "../../profiles/profile.js";
import { localeOf, type CommonOptions } from "../options.js";

const festivalText = (p: Profile): string =>
  p.festival.shape === "perMemberYear"
    ? `节日慰问每人每年${fenToPlainYuan(p.festival.capFen)}元`
    : p.festival.shape === "perFestival"
      ? `节日慰问按节日限额（其他节日${fenToPlainYuan(p.festival.otherFen)}元）`
      : `节日慰问总额≤年度预算收入的${Math.round(p.festival.shareOfBudgetedIncome * 100)}%`;

export function registerProfiles(program: Command): void {
  program
    .command("profiles")
    .description("列出内置的经费标准方案（lists the built-in profiles）")
    .option("--json", "输出 JSON（金额以分为单位）")
    .option("--lang <lang>", "zh 或 en", "zh")
    .action((opts: CommonOptions) => {
      localeOf(opts);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(BUILTIN_PROFILES, null, 2)}\n`);
        return;
      }
      const lines = BUILTIN_PROFILES.map((p) => `${p.id.padEnd(16)} ${p.name}（${p.year}年）${p.official ? "" : "【非官方】"}\n${" ".repeat(17)}${festivalText(p)}；来源：${p.source}`);
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}

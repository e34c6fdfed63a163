import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { BUILTIN_PROFILES } from "../../profiles/builtin.js";
import type { Locale } from "../../findings/messages/index.js";
import { festivalSummary } from "../../profiles/festival-shapes.js";
import type { Profile } from "../../profiles/profile.js";
import { problemMessage } from "../../profiles/messages/index.js";
import { parseProfile, toFile, type ProfileProblem } from "../../profiles/profile-file.js";
import type { Result } from "../../result.js";
import { ExitCode, UsageError } from "../errors.js";
import { localeOf, type CommonOptions } from "../options.js";

/** What `profiles --check FILE` prints: the profile it read, or every mistake with its path. */
function checkText(file: string, parsed: Result<Profile, readonly ProfileProblem[]>, locale: Locale): string {
  if (parsed.ok) {
    const p = parsed.value;
    return locale === "en"
      ? `Profile file "${file}" is correct: ${p.id} (${p.name}, ${p.issuer ?? ""}, ${p.year}); ${festivalSummary(p.festival, "en")}.`
      : `方案文件“${file}”无误：${p.id}（${p.name}，${p.issuer ?? ""}，${p.year}年）；${festivalSummary(p.festival, "zh-CN")}。`;
  }
  const n = parsed.error.length;
  const head =
    locale === "en"
      ? `Profile file "${file}" has ${n} ${n === 1 ? "mistake" : "mistakes"} to correct:`
      : `方案文件“${file}”有 ${n} 处需要修改：`;
  return `${head}\n${parsed.error.map((x) => `  · [${x.path}] ${problemMessage(x, locale)}`).join("\n")}`;
}

interface ProfilesOptions extends CommonOptions {
  readonly check?: string;
}

/** `profiles`: the built-in profiles; `--json` in the profile-file format; `--check FILE` explains a file. */
export function registerProfiles(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("profiles")
    .description("列出内置的经费标准方案，或检查上级工会的方案文件（lists profiles; --check FILE）")
    .option("--json", "以方案文件格式输出（金额单位：元），可作为自定义方案的起点")
    .option("--check <file>", "检查一个方案文件，逐条说明错误（--lang en 用英文说明）")
    .option("--lang <lang>", "zh 或 en", "zh")
    .action(async (opts: ProfilesOptions) => {
      const locale = localeOf(opts);
      if (opts.check) {
        let text: string;
        try {
          text = await readFile(opts.check, "utf8");
        } catch {
          throw new UsageError(
            locale === "en" ? `Profile file "${opts.check}" not found.` : `找不到方案文件“${opts.check}”。`,
          );
        }
        const parsed = parseProfile(text);
        process.stdout.write(`${checkText(opts.check, parsed, locale)}\n`);
        setExit(parsed.ok ? ExitCode.ok : ExitCode.findings);
        return;
      }
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(BUILTIN_PROFILES.map(toFile), null, 2)}\n`);
        return;
      }
      const lines = BUILTIN_PROFILES.map(
        (p) =>
          `${p.id.padEnd(16)} ${p.name}（${p.year}年）${p.official ? "" : "【非官方】"}\n${" ".repeat(17)}${festivalSummary(p.festival, "zh-CN")}；来源：${p.source}`,
      );
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}

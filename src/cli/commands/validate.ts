import type { Command } from "commander";
import { ExitCode } from "../errors.js";
import { findingsJson } from "../output/findings-json.js";
import { findingsText } from "../output/findings-text.js";
import { localeOf, type CommonOptions } from "../options.js";
import { analyzeInputFile } from "./analyze-file.js";

interface ValidateOptions extends CommonOptions {
  readonly profileFile?: string;
  readonly all?: boolean;
}

export function registerValidate(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("validate")
    .description("检查填好的台账工作簿（checks a filled workbook）")
    .argument("<file>", "台账工作簿 .xlsx")
    .option("--json", "输出 JSON（英文键名）")
    .option("--profile-file <file>", "上级工会提供的经费标准方案 JSON")
    .option("--all", "列出全部问题（默认每类最多20条）")
    .option("--lang <lang>", "zh 或 en", "zh")
    .action(async (file: string, opts: ValidateOptions) => {
      const locale = localeOf(opts);
      const a = (await analyzeInputFile(file, locale, opts.profileFile)).analysis;
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(findingsJson(file, a, locale), null, 2)}\n`
          : `${findingsText(file, a, locale, opts.all === true)}\n`,
      );
      setExit(a.tally.errors > 0 ? ExitCode.findings : ExitCode.ok);
    });
}

import type { Command } from "commander";
import { ExitCode } from "../errors.js";
import { totalsText } from "../output/totals-text.js";
import { localeOf, type CommonOptions } from "../options.js";
import { analyzeInputFile } from "./analyze-file.js";

interface TotalsOptions extends CommonOptions {
  readonly profileFile?: string;
}

export function registerTotals(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("totals")
    .description("计算全年汇总数字（computes the totals）")
    .argument("<file>", "台账工作簿 .xlsx")
    .option("--json", "输出 JSON（金额以分为单位）")
    .option("--profile-file <file>", "上级工会提供的经费标准方案 JSON")
    .option("--lang <lang>", "zh 或 en", "zh")
    .action(async (file: string, opts: TotalsOptions) => {
      const locale = localeOf(opts);
      const a = (await analyzeInputFile(file, locale, opts.profileFile)).analysis;
      const { errors } = a.tally;
      process.stdout.write(opts.json ? `${JSON.stringify(a.totals, null, 2)}\n` : `${totalsText(a.totals, locale)}\n`);
      if (errors > 0 && !opts.json)
        process.stderr.write(
          locale === "en"
            ? `Note: the workbook has ${errors} errors (see validate).\n`
            : `注意：该工作簿有 ${errors} 个错误，汇总数字仅供参考（详见 validate）。\n`,
        );
      setExit(errors > 0 ? ExitCode.findings : ExitCode.ok);
    });
}

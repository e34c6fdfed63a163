import type { Command } from "commander";
import { DEFAULT_PROFILE_ID } from "../../profiles/builtin.js";
import { UsageError } from "../errors.js";
import { writeOutput } from "../io.js";
import { chosenProfile } from "./analyze-file.js";
import { yearOption } from "../options.js";
import { VERSION } from "../version.js";

interface TemplateOptions {
  readonly profile?: string;
  readonly profileFile?: string;
  readonly union?: string;
  readonly year?: string;
  readonly codeSet?: string;
  readonly output: string;
  readonly force?: boolean;
}

export function registerTemplate(program: Command): void {
  program
    .command("template")
    .description("生成空白的标准台账工作簿（writes a blank standard workbook）")
    .requiredOption("-o, --output <file>", "输出的 .xlsx 文件")
    .option("--profile <id>", "经费标准方案（见 profiles）", DEFAULT_PROFILE_ID)
    .option("--profile-file <file>", "上级工会自定义的方案 JSON")
    .option("--union <name>", "预先填入的工会名称")
    .option("--year <yyyy>", "预先填入的年度")
    .option("--code-set <2017|2022>", "科目体系")
    .option("--force", "覆盖已存在的输出文件")
    .action(async (opts: TemplateOptions) => {
      const profile = await chosenProfile(opts);
      const year = yearOption(opts.year);
      if (opts.codeSet !== undefined && opts.codeSet !== "2017" && opts.codeSet !== "2022")
        throw new UsageError("科目体系只能是 2017 或 2022。");
      // exceljs loads on use only: the commands that read start without it.
      const { buildTemplate, workbookBytes } = await import("../../template/generate.js");
      const wb = await buildTemplate({
        profile,
        generatedAt: new Date().toISOString(),
        generator: `union-ledger ${VERSION}`,
        ...(opts.union ? { unionName: opts.union } : {}),
        ...(year ? { fiscalYear: year } : {}),
        ...(opts.codeSet ? { codeSystem: opts.codeSet } : {}),
      });
      await writeOutput(opts.output, await workbookBytes(wb), opts.force === true);
      process.stderr.write(`已生成 ${opts.output}（经费标准方案：${profile.name}）\n`);
    });
}

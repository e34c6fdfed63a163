import { resolve } from "node:path";
import { excelJsSource } from "../../workbook/source/exceljs-source.js";
import type { Command } from "commander";
import { selectProfile } from "../../profiles/select.js";
import { readLedger } from "../../workbook/read-ledger.js";
import { loadWorkbook } from "../../workbook/load.js";
import { inputErrorMessage } from "../../workbook/input-error.js";
import { majorOf } from "../../workbook/read-meta.js";
import { SUPPORTED_MAJOR } from "../../layout/template-layout.js";
import { upgradeWorkbook } from "../../upgrade/upgrade.js";
import { workbookBytes } from "../../template/generate.js";
import { UsageError } from "../errors.js";
import { readInput, writeOutput } from "../io.js";
import { VERSION } from "../version.js";

interface UpgradeOptions {
  readonly output: string;
  readonly force?: boolean;
}

/** `upgrade OLD.xlsx -o NEW.xlsx`: a filled workbook onto the current template, nothing lost. */
export function registerUpgrade(program: Command): void {
  program
    .command("upgrade")
    .description("把填好的旧版工作簿迁移到当前标准模板，不丢失任何数据（moves a filled workbook onto the current template）")
    .argument("<file>", "旧的台账工作簿 .xlsx")
    .requiredOption("-o, --output <file>", "新的 .xlsx 文件（不能与原文件相同）")
    .option("--force", "覆盖已存在的输出文件")
    .action(async (file: string, opts: UpgradeOptions) => {
      if (resolve(file) === resolve(opts.output)) throw new UsageError("输出文件不能与原文件相同：原文件保持不变，请另取一个文件名。");
      const loaded = await loadWorkbook(await readInput(file));
      if (!loaded.ok) throw new UsageError(inputErrorMessage(loaded.error));
      const read = readLedger(excelJsSource(loaded.value));
      if (!read.ok) throw new UsageError(inputErrorMessage(read.error));
      const { ledger, sink } = read.value;
      const version = ledger.template?.version;
      if (version && !(majorOf(version) <= SUPPORTED_MAJOR)) throw new UsageError(`该工作簿的模板版本为 ${version}，比本程序新，无法迁移；请升级本程序。`);
      const profile = selectProfile(ledger, sink);
      const result = await upgradeWorkbook(loaded.value, ledger, profile, { generatedAt: new Date().toISOString(), generator: `union-ledger ${VERSION}` });
      await writeOutput(opts.output, await workbookBytes(result.workbook), opts.force === true);
      const counts = Object.entries(result.rows).map(([s, n]) => `${s} ${n} 行`).join("，");
      process.stderr.write(`已生成 ${opts.output}（${counts}${result.extraColumns.length ? `；模板之外的列已保留：${result.extraColumns.join("、")}` : ""}）。\n`);
    });
}

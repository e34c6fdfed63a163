import { resolve } from "node:path";
import type { Command } from "commander";
import { selectProfile } from "../../profiles/select.js";
import { readLedger } from "../../workbook/read-ledger.js";
import { loadWorkbookSource } from "../../workbook/load.js";
import { majorOf } from "../../workbook/read-meta.js";
import { SUPPORTED_MAJOR } from "../../layout/template-layout.js";
import { UsageError } from "../errors.js";
import { cliInputErrorMessage } from "../messages/index.js";
import { readInput, writeOutput } from "../io.js";
import { NODE_ZIP } from "../../node/index.js";
import { VERSION } from "../version.js";

interface UpgradeOptions {
  readonly output: string;
  readonly force?: boolean;
}

/** `upgrade OLD.xlsx -o NEW.xlsx`: a filled workbook onto the current template, nothing lost. */
export function registerUpgrade(program: Command): void {
  program
    .command("upgrade")
    .description(
      "把填好的旧版工作簿迁移到当前标准模板，不丢失任何数据（moves a filled workbook onto the current template）",
    )
    .argument("<file>", "旧的台账工作簿 .xlsx")
    .requiredOption("-o, --output <file>", "新的 .xlsx 文件（不能与原文件相同）")
    .option("--force", "覆盖已存在的输出文件")
    .addHelpText(
      "after",
      "\n迁移的是单元格的值和公式（连同公式的计算结果）；单元格格式不迁移（采用新模板的格式），\n富文本只保留文字（粗体、颜色等不保留），超链接只保留显示的文字；\n模板之外的工作表不迁移（会列出其名称）。\n",
    )
    .action(async (file: string, opts: UpgradeOptions) => {
      if (resolve(file) === resolve(opts.output))
        throw new UsageError("输出文件不能与原文件相同：原文件保持不变，请另取一个文件名。");
      // Read by the same reader as validate (src/workbook/xlsx); exceljs only writes the new file.
      const loaded = loadWorkbookSource(await readInput(file), NODE_ZIP);
      if (!loaded.ok) throw new UsageError(cliInputErrorMessage(loaded.error));
      const read = readLedger(loaded.value);
      if (!read.ok) throw new UsageError(cliInputErrorMessage(read.error));
      const { ledger, sink } = read.value;
      const version = ledger.template?.version;
      if (version && !(majorOf(version) <= SUPPORTED_MAJOR))
        throw new UsageError(`该工作簿的模板版本为 ${version}，比本程序新，无法迁移；请升级本程序。`);
      const profile = selectProfile(ledger, sink);
      // exceljs (the writer) loads on use only, as in template.ts.
      const [{ upgradeWorkbook }, { workbookBytes }] = await Promise.all([
        import("../../upgrade/upgrade.js"),
        import("../../template/generate.js"),
      ]);
      const result = await upgradeWorkbook(loaded.value, ledger, profile, {
        generatedAt: new Date().toISOString(),
        generator: `union-ledger ${VERSION}`,
      });
      await writeOutput(opts.output, await workbookBytes(result.workbook), opts.force === true);
      const counts = Object.entries(result.rows)
        .map(([s, n]) => `${s} ${n} 行`)
        .join("，");
      process.stderr.write(
        `已生成 ${opts.output}（${counts}${result.extraColumns.length ? `；模板之外的列已保留：${result.extraColumns.join("、")}` : ""}）。\n`,
      );
      if (result.otherSheets.length) {
        process.stderr.write(
          `注意：工作表${result.otherSheets.map((n) => `“${n}”`).join("、")}不属于标准模板，没有迁移到新文件；如需保留，请从原文件中复制过去。\n`,
        );
      }
      if (result.unwritable.length) {
        const shown =
          result.unwritable.slice(0, 10).join("、") +
          (result.unwritable.length > 10 ? ` 等 ${result.unwritable.length} 个` : "");
        process.stderr.write(
          `注意：${shown} 单元格设为日期格式，但其中的数字超出了日期范围（表格软件显示为 ########），未能迁移，请在原文件中改正后重新迁移或在新文件中补填。\n`,
        );
      }
    });
}

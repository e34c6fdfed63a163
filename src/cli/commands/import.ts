import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
// Through the public entry, as analyze-file.ts: the reader, the rules and the writer load on first call, so the
// CLI's start-up carries none of them.
import {
  analyzeBytes,
  DEFAULT_PROFILE_ID,
  importErrorMessage,
  importLedger,
  parseImportMap,
  type ImportMap,
} from "../../index.js";
import { NODE_ZIP } from "../../node/index.js";
import { ExitCode, UsageError } from "../errors.js";
import { readInput, writeOutput } from "../io.js";
import { importReportText } from "../output/import-text.js";
import { VERSION } from "../version.js";
import { chosenProfile } from "./analyze-file.js";
import { yearOption } from "../options.js";

interface ImportOptions {
  readonly output: string;
  readonly union?: string;
  readonly year?: string;
  readonly profile?: string;
  readonly profileFile?: string;
  readonly map?: string;
  readonly force?: boolean;
  readonly json?: boolean;
}

/** MAP.json is written beside the output: 标准台账.xlsx → 标准台账.map.json. */
export const mapPathOf = (output: string): string => `${output.replace(/\.xlsx$/iu, "")}.map.json`;

async function readMap(path: string): Promise<ImportMap> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`找不到映射文件“${path}”。`);
  }
  const parsed = parseImportMap(text.replace(/^\uFEFF/u, ""));
  if (!parsed.ok) throw new UsageError(`映射文件“${path}”有误：\n${parsed.problems.map((p) => `  · ${p}`).join("\n")}`);
  return parsed.map;
}

/**
 * `import THEIRS.xlsx -o STANDARD.xlsx`: a clerk's own ledgers onto the standard template (issue 15), with the
 * report of what was done and MAP.json beside the output. Exit codes as `report`: 0 imported and no error findings,
 * 1 imported but `validate` finds errors in it, 2 nothing could be imported (one message on stderr).
 */
export function registerImport(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("import")
    .description("把自制的台账工作簿导入为标准台账（imports a clerk's own ledger workbook onto the template）")
    .argument("<file>", "自制的台账工作簿 .xlsx（不会被修改）")
    .requiredOption("-o, --output <file>", "生成的标准台账 .xlsx；映射文件写在旁边（同名 .map.json）")
    .option("--union <name>", "工会名称")
    .option("--year <yyyy>", "年度（也用于补全“3月5日”这类没写年份的日期）")
    .option("--profile <id>", "经费标准方案（见 profiles）", DEFAULT_PROFILE_ID)
    .option("--profile-file <file>", "上级工会自定义的方案 JSON")
    .option("--map <file>", "按这个映射文件导入（上次导入生成、可修改的 .map.json）")
    .option("--force", "覆盖已存在的输出文件和映射文件")
    .option("--json", "以 JSON 输出导入报告")
    .action(async (file: string, opts: ImportOptions) => {
      const mapPath = mapPathOf(opts.output);
      if ([resolve(opts.output), resolve(mapPath)].includes(resolve(file)))
        throw new UsageError("输出文件不能与原文件相同：原文件保持不变，请另取一个文件名。");
      const year = yearOption(opts.year);
      const profile = await chosenProfile(opts);
      const map = opts.map ? await readMap(opts.map) : undefined;
      const bytes = await readInput(file);
      const done = await importLedger(bytes, {
        profile,
        zip: NODE_ZIP,
        generator: `union-ledger ${VERSION}`,
        ...(year !== undefined ? { year } : {}),
        ...(opts.union ? { unionName: opts.union } : {}),
        ...(map ? { map } : {}),
      });
      if (!done.ok) throw new UsageError(importErrorMessage(done.error));
      const { report } = done.value;
      // Both outputs or neither: the map is written after the workbook, and neither replaces a file without --force.
      if (!opts.force) assertAbsent(mapPath);
      await writeOutput(opts.output, done.value.bytes, opts.force === true);
      await writeOutput(
        mapPath,
        new TextEncoder().encode(`${JSON.stringify(done.value.map, null, 2)}\n`),
        opts.force === true,
      );
      const checked = await analyzeBytes(done.value.bytes, NODE_ZIP);
      const tally = checked.ok ? checked.value.tally : { errors: 0, warnings: 0 };
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ file, output: opts.output, map: mapPath, ...report, validation: { errors: tally.errors, warnings: tally.warnings } }, null, 2)}\n`,
        );
      } else process.stdout.write(importReportText(report));
      process.stderr.write(
        `已生成 ${opts.output} 和映射文件 ${mapPath}。校验：${tally.errors} 个错误、${tally.warnings} 个警告${tally.errors + tally.warnings ? `（用 validate ${opts.output} 查看）` : ""}。\n`,
      );
      setExit(tally.errors > 0 ? ExitCode.findings : ExitCode.ok);
    });
}

function assertAbsent(path: string): void {
  if (existsSync(path)) throw new UsageError(`映射文件“${path}”已存在；如要覆盖，请加 --force。`);
}

import type { Command } from "commander";
import { constants } from "node:fs";
import { access, readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { consolidate } from "../../rollup/consolidate.js";
import { parseExpect } from "../../rollup/expect.js";
import { rollupJson } from "../../rollup/json.js";
import { ExitCode, UsageError } from "../errors.js";
import { CLI_MESSAGES, cliRollupMessage } from "../messages/index.js";
import { writeOutput } from "../io.js";
import { localeOf, type CommonOptions } from "../options.js";
import type { Locale } from "../../findings/messages/index.js";
import { VERSION } from "../version.js";
import { loadProfileFile } from "./analyze-file.js";
import { ingestAll } from "./rollup-ingest.js";
import { rollupSummaryText } from "./rollup-summary.js";
import { createHash } from "node:crypto";
import { chartRenderer } from "../chart-renderers.js";

interface RollupOptions extends CommonOptions {
  readonly output: string;
  readonly expect?: string;
  readonly profileFile?: string;
  readonly allowMixedYears?: boolean;
  readonly force?: boolean;
  readonly name?: string;
  readonly report?: string;
}

const isWorkbookName = (name: string): boolean => extname(name).toLowerCase() === ".xlsx" && !name.startsWith("~$");

/** Folders recursively (*.xlsx, no ~$ lock files), files as given; the output itself never. */
async function collectInputs(args: readonly string[], output: string): Promise<string[]> {
  const found = new Map<string, string>(); // resolved → as shown to the user
  const add = (p: string): void => void (resolve(p) !== output && !found.has(resolve(p)) && found.set(resolve(p), p));
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && isWorkbookName(e.name)) add(p);
    }
  };
  for (const arg of args) {
    const s = await stat(arg).catch(() => undefined);
    if (!s) throw new UsageError(`找不到“${arg}”。`);
    if (s.isDirectory()) await walk(arg);
    else add(arg);
  }
  return [...found.values()].sort((a, b) => a.localeCompare(b, "zh-CN"));
}

async function readExpect(path: string, locale: Locale): Promise<readonly string[]> {
  const t = CLI_MESSAGES[locale];
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) throw new UsageError(t.expectNotFound(path));
  const parsed = parseExpect(new Uint8Array(bytes));
  if (!parsed.ok) throw new UsageError(t.expectInvalid(path, cliRollupMessage(parsed.error, locale)));
  return parsed.value;
}

export function registerRollup(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("rollup")
    .description("汇总多个基层工会台账（或下级汇总表）为一个汇总工作簿（consolidates many workbooks）")
    .argument("<inputs...>", "台账工作簿 .xlsx 或包含它们的文件夹")
    .requiredOption("-o, --output <file>", "输出的汇总工作簿 .xlsx")
    .option("--expect <csv>", "应报送单位名单 CSV（第一列标题为“工会名称”）")
    .option("--json", "输出 JSON（英文键名）")
    .option("--allow-mixed-years", "允许合并不同年度的台账")
    .option("--force", "覆盖已存在的输出文件")
    .option("--name <name>", "汇总单位名称（默认取输出文件名）")
    .option("--report <docx>", "同时生成汇总分析报告 .docx")
    .option("--profile-file <file>", "上级工会提供的经费标准方案 JSON（用于全部单位）")
    .option("--lang <lang>", "zh 或 en", "zh")
    .action(async (inputs: string[], opts: RollupOptions) => {
      const locale = localeOf(opts);
      const profile = opts.profileFile ? await loadProfileFile(opts.profileFile, locale) : undefined;
      const output = resolve(opts.output);
      for (const out of [opts.output, opts.report]) {
        if (
          out &&
          !opts.force &&
          (await access(resolve(out), constants.F_OK).then(
            () => true,
            () => false,
          ))
        ) {
          throw new UsageError(`输出文件“${out}”已存在；如要覆盖，请加 --force。`);
        }
      }
      const expected = opts.expect === undefined ? undefined : await readExpect(opts.expect, locale);
      const files = await collectInputs(inputs, output);
      if (files.length === 0)
        throw new UsageError("没有找到任何 .xlsx 台账工作簿；请指定工作簿文件或包含它们的文件夹。");
      const { units, unreadable } = await ingestAll(files, { locale, ...(profile ? { profile } : {}) });
      const name = opts.name ?? basename(opts.output, extname(opts.output));
      const outcome = consolidate(units, unreadable, {
        name,
        allowMixedYears: opts.allowMixedYears === true,
        ...(expected ? { expected } : {}),
      });
      if (!outcome.ok) throw new UsageError(cliRollupMessage(outcome.error, locale));
      const r = outcome.value;
      const generatedAt = new Date().toISOString();
      // The writers (exceljs, docx) load on use only, as in report.ts and template.ts.
      const [{ rollupBytes }, { buildRollupReport }, { writeReportDocx }] = await Promise.all([
        import("../../rollup/write-workbook.js"),
        import("../../narrative/rollup-report.js"),
        import("../../docx/write.js"),
      ]);
      const bytes = await rollupBytes(r, { generatedAt, generator: `union-ledger ${VERSION}` });
      // The report is made before anything is written, so a failure leaves no half of the pair.
      const report = opts.report
        ? (
            await writeReportDocx(
              buildRollupReport(r, {
                fileName: basename(opts.output),
                sha256: createHash("sha256").update(bytes).digest("hex"),
                templateVersion: null,
                generatedAt,
                profileId: "",
              }),
              {
                charts: await chartRenderer("native"),
                sha256: async (s) => createHash("sha256").update(s).digest("hex"),
              },
            )
          ).docx
        : undefined;
      await writeOutput(opts.output, bytes, opts.force === true);
      if (opts.report && report) await writeOutput(opts.report, report, opts.force === true);
      process.stdout.write(
        opts.json ? `${JSON.stringify(rollupJson(r), null, 2)}\n` : `${rollupSummaryText(r, opts.output, locale)}\n`,
      );
      setExit(r.unreadable.length > 0 || r.used.some((u) => u.errors > 0) ? ExitCode.findings : ExitCode.ok);
    });
}

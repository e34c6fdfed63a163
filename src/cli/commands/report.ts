import type { Command } from "commander";
import { buildReport, localIsoDate, reportSource, writeReportDocx } from "../../index.js";
import type { AnalyzedFile } from "../../node/index.js";
import { ExitCode, UsageError } from "../errors.js";
import { writeOutput } from "../io.js";
import { carryFillsFrom } from "../carry.js";
import { localeOf, type CommonOptions } from "../options.js";
import { analyzeInputFile } from "./analyze-file.js";
import { chartRenderer, type ChartMode } from "../chart-renderers.js";
import { checkPrior, PRIOR_UNION_OPTION, withPriorNote, type PriorRenamed } from "../prior.js";

interface ReportOptions extends CommonOptions {
  readonly output: string;
  readonly prior?: string;
  readonly priorUnion?: string;
  readonly charts: string;
  readonly profileFile?: string;
  readonly force?: boolean;
}

export function registerReport(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("report")
    .description("生成年度工作总结 .docx（writes the annual summary）")
    .argument("<file>", "台账工作簿 .xlsx")
    .requiredOption("-o, --output <file>", "输出的 .docx 文件")
    .option("--prior <file>", "上一年度的台账工作簿，用于同比")
    .option(
      `${PRIOR_UNION_OPTION} <name>`,
      "上年台账的工会名称与本年不同（如已更名）而确为同一工会时，写上年台账的工会名称；报告附件中注明",
    )
    .option("--charts <mode>", "native（可编辑的Word图表）或 png（图片）", "native")
    .option("--profile-file <file>", "上级工会提供的经费标准方案 JSON")
    .option("--force", "覆盖已存在的输出文件")
    .option("--lang <lang>", "zh 或 en", "zh")
    .action(async (file: string, opts: ReportOptions) => {
      const locale = localeOf(opts);
      if (opts.charts !== "native" && opts.charts !== "png") throw new UsageError("--charts 只能是 native 或 png。");
      if (opts.priorUnion !== undefined && opts.prior === undefined)
        throw new UsageError(`${PRIOR_UNION_OPTION} 需与 --prior 一起使用。`);
      // PNG charts start their work now (the font, ECharts, resvg: on a worker thread), beside the reading.
      const renderer = await chartRenderer(opts.charts as ChartMode);
      let bytes: Uint8Array;
      let current: AnalyzedFile;
      try {
        const ready = renderer.ready();
        ready.catch(() => undefined); // awaited below, after the reading
        try {
          current = await analyzeInputFile(file, locale, opts.profileFile);
        } catch (e) {
          await ready; // a missing CJK font is told first, as when it was looked for before the reading
          throw e;
        }
        await ready;
        const prior = opts.prior ? await analyzeInputFile(opts.prior, locale, opts.profileFile) : undefined;
        const renamed: PriorRenamed | undefined = prior ? checkPrior(current, prior, opts.priorUnion) : undefined;
        // The narrative and the .docx writer (docx, its XML) load on use, inside the library's functions: validate
        // and totals start without them (bench: start-up is most of a small file's time). The charts are handed to
        // the renderer as soon as the report is built: PNGs are drawn while the writer loads and lays out.
        const today = localIsoDate(new Date());
        const built = await buildReport(current.analysis, {
          source: reportSource(current),
          // Today as the clerk's calendar has it (local time): the 落款's date when 基本信息 has no 填报日期.
          ...(today ? { today } : {}),
          ...(prior ? { prior: prior.analysis.totals } : {}),
        });
        const report = renamed ? withPriorNote(built, renamed) : built;
        renderer.prepare(
          [...report.sections, ...report.appendices].flatMap((s) =>
            s.blocks.flatMap((b) => (b.kind === "chart" ? [b.chart] : [])),
          ),
        );
        bytes = (await writeReportDocx(report, { charts: renderer })).docx;
      } finally {
        await renderer.close();
      }
      // Over a report of ours (--force): what the chairman wrote in its 【请补充】 places stays (carry-fills.ts).
      const carried = opts.force === true ? await carryFillsFrom(opts.output, bytes) : undefined;
      if (carried) bytes = carried.bytes;
      await writeOutput(opts.output, bytes, opts.force === true);
      if (carried && carried.kept.length > 0)
        process.stderr.write(`已保留原报告中${carried.kept.length}处“请补充”处已填写的内容。\n`);
      if (carried && carried.skipped.length > 0)
        process.stderr.write(
          `原报告中有${carried.skipped.length}处“请补充”处含图片或链接，未能保留，请从原文件复制：${carried.skipped.join("、")}\n`,
        );
      const { errors } = current.analysis.tally;
      process.stderr.write(
        errors > 0
          ? `已生成 ${opts.output}；台账有 ${errors} 个错误，报告首页已注明数据尚有错误（详见 validate）。\n`
          : `已生成 ${opts.output}。\n`,
      );
      setExit(errors > 0 ? ExitCode.findings : ExitCode.ok);
    });
}

import type { Command } from "commander";
import { buildReport, reportSource, writeReportDocx } from "../../index.js";
import type { AnalyzedFile } from "../../node/index.js";
import { ExitCode, UsageError } from "../errors.js";
import { writeOutput } from "../io.js";
import { localeOf, type CommonOptions } from "../options.js";
import { analyzeInputFile } from "./analyze-file.js";
import { chartRenderer, type ChartMode } from "../chart-renderers.js";
import { checkPrior } from "../prior.js";

interface ReportOptions extends CommonOptions {
  readonly output: string;
  readonly prior?: string;
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
    .option("--charts <mode>", "native（可编辑的Word图表）或 png（图片）", "native")
    .option("--profile-file <file>", "上级工会提供的经费标准方案 JSON")
    .option("--force", "覆盖已存在的输出文件")
    .option("--lang <lang>", "zh 或 en", "zh")
    .action(async (file: string, opts: ReportOptions) => {
      const locale = localeOf(opts);
      if (opts.charts !== "native" && opts.charts !== "png") throw new UsageError("--charts 只能是 native 或 png。");
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
        if (prior) checkPrior(current, prior);
        // The narrative and the .docx writer (docx, its XML) load on use, inside the library's functions: validate
        // and totals start without them (bench: start-up is most of a small file's time). The charts are handed to
        // the renderer as soon as the report is built: PNGs are drawn while the writer loads and lays out.
        const report = await buildReport(current.analysis, {
          source: reportSource(current),
          ...(prior ? { prior: prior.analysis.totals } : {}),
        });
        renderer.prepare(
          [...report.sections, ...report.appendices].flatMap((s) =>
            s.blocks.flatMap((b) => (b.kind === "chart" ? [b.chart] : [])),
          ),
        );
        bytes = (await writeReportDocx(report, { charts: renderer })).docx;
      } finally {
        await renderer.close();
      }
      await writeOutput(opts.output, bytes, opts.force === true);
      const { errors } = current.analysis.tally;
      process.stderr.write(
        errors > 0
          ? `已生成 ${opts.output}；台账有 ${errors} 个错误，报告首页已注明数据尚有错误（详见 validate）。\n`
          : `已生成 ${opts.output}。\n`,
      );
      setExit(errors > 0 ? ExitCode.findings : ExitCode.ok);
    });
}

import { Command, CommanderError } from "commander";
import { ExitCode, UsageError } from "./errors.js";
import { registerProfiles } from "./commands/profiles.js";
import { registerTemplate } from "./commands/template.js";
import { registerTotals } from "./commands/totals.js";
import { registerValidate } from "./commands/validate.js";
import { registerReport } from "./commands/report.js";
import { registerUpgrade } from "./commands/upgrade.js";
import { registerRollup } from "./commands/rollup.js";
import { registerImport } from "./commands/import.js";
import { CjkFontMissingError } from "../node/index.js";
import { VERSION } from "./version.js";

/** Runs the CLI and returns the exit code of cli.md; never lets a stack trace reach the clerk. */
export async function main(argv: readonly string[]): Promise<number> {
  let exit: ExitCode = ExitCode.ok;
  const setExit = (code: ExitCode): void => void (exit = code);
  const program = new Command()
    .name("union-ledger")
    .description("工会台账助手：标准模板、校验、汇总（union ledger toolkit）")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerTemplate(program);
  registerProfiles(program, setExit);
  registerValidate(program, setExit);
  registerTotals(program, setExit);
  registerReport(program, setExit);
  registerUpgrade(program);
  registerRollup(program, setExit);
  registerImport(program, setExit);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.ok : ExitCode.unusable;
    if (e instanceof UsageError || e instanceof CjkFontMissingError) {
      process.stderr.write(`${e.message}\n`);
      return ExitCode.unusable;
    }
    // A bug, not bad input: say so plainly; the stack only when asked for.
    process.stderr.write(
      `程序内部错误：${e instanceof Error ? e.message : String(e)}。请把命令和文件（如可以）反馈给开发者。\n`,
    );
    if (process.env["UNION_LEDGER_DEBUG"]) process.stderr.write(`${e instanceof Error ? (e.stack ?? "") : ""}\n`);
    return ExitCode.unusable;
  }
}

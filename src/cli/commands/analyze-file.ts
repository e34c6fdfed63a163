import { basename } from "node:path";
import { readFile } from "node:fs/promises";
import {
  BUILTIN_PROFILES,
  DEFAULT_PROFILE_ID,
  findProfile,
  parseProfile,
  profileProblemMessage,
  type AnalysisStage,
  type Locale,
  type Profile,
} from "../../index.js";
import { analyzeFile, fileErrorMessage, isFileError, type AnalyzedFile } from "../../node/index.js";
import { UsageError } from "../errors.js";
import { cliInputErrorMessage } from "../messages/index.js";
import { Progress } from "../progress.js";

/** The profile `template` and `import` write into the workbook: --profile-file, else --profile (the default one). */
export async function chosenProfile(opts: {
  readonly profile?: string;
  readonly profileFile?: string;
}): Promise<Profile> {
  const profile = opts.profileFile
    ? await loadProfileFile(opts.profileFile)
    : findProfile(opts.profile ?? DEFAULT_PROFILE_ID);
  if (!profile)
    throw new UsageError(
      `没有名为“${opts.profile ?? ""}”的方案；可选：${BUILTIN_PROFILES.map((p) => p.id).join("、")}。`,
    );
  return profile;
}

/** An upper union's profile file (--profile-file); a missing or wrong one is a UsageError naming every mistake. */
export async function loadProfileFile(path: string, locale: Locale = "zh-CN"): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(locale === "en" ? `Profile file "${path}" not found.` : `找不到经费标准方案文件“${path}”。`);
  }
  const parsed = parseProfile(text); // parseProfile drops a BOM itself
  if (!parsed.ok) {
    const head =
      locale === "en"
        ? `Profile file "${path}" has mistakes (profiles --check explains them):`
        : `经费标准方案文件“${path}”有误（用 profiles --check 查看说明）：`;
    throw new UsageError(
      `${head}\n${parsed.error.map((p) => `  · [${p.path}] ${profileProblemMessage(p, locale)}`).join("\n")}`,
    );
  }
  return parsed.value;
}

const STAGES = { read: "读取文件", open: "打开工作簿", check: "校验与汇总" } as const satisfies Record<
  AnalysisStage,
  string
>;

/**
 * Reads, checks and analyses one workbook (union-ledger/node's analyzeFile), with a progress line; a file that cannot
 * be read or used is a UsageError in the CLI's words.
 */
export async function analyzeInputFile(path: string, locale: Locale, profileFile?: string): Promise<AnalyzedFile> {
  const profile = profileFile ? await loadProfileFile(profileFile, locale) : undefined;
  const progress = new Progress(basename(path));
  try {
    const analysed = await analyzeFile(path, {
      onStage: (s) => progress.stage(STAGES[s]),
      ...(profile ? { profile } : {}),
    });
    if (!analysed.ok)
      throw new UsageError(
        isFileError(analysed.error)
          ? fileErrorMessage(analysed.error, locale)
          : cliInputErrorMessage(analysed.error, locale),
      );
    return analysed.value;
  } finally {
    progress.done();
  }
}

import { createHash } from "node:crypto";
import { basename } from "node:path";
import { readFile } from "node:fs/promises";
import { analyzeWorkbook, type Analysis } from "../../analyze.js";
import { parseProfile } from "../../profiles/profile-file.js";
import type { Profile } from "../../profiles/profile.js";
import { inputErrorMessage } from "../../workbook/input-error.js";
import { loadWorkbookSource } from "../../workbook/load.js";
import type { Locale } from "../../findings/messages/index.js";
import { UsageError } from "../errors.js";
import { readInput } from "../io.js";
import { NODE_ZIP } from "../node-inflate.js";
import { Progress } from "../progress.js";

/** An upper union's profile file (--profile-file); a missing or wrong one is a UsageError naming every mistake. */
export async function loadProfileFile(path: string, locale: Locale = "zh-CN"): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(locale === "en" ? `Profile file "${path}" not found.` : `找不到经费标准方案文件“${path}”。`);
  }
  const parsed = parseProfile(text, locale); // parseProfile drops a BOM itself
  if (!parsed.ok) {
    const head = locale === "en" ? `Profile file "${path}" has mistakes (profiles --check explains them):` : `经费标准方案文件“${path}”有误（用 profiles --check 查看说明）：`;
    throw new UsageError(`${head}\n${parsed.problems.map((p) => `  · [${p.path}] ${p.message}`).join("\n")}`);
  }
  return parsed.profile;
}

export interface AnalyzedFile {
  readonly file: string;
  readonly sha256: string;
  readonly value: Analysis;
}

/** Reads, checks and analyses one workbook, with a progress line; unusable input → UsageError. */
export async function analyzeFile(path: string, locale: Locale, profileFile?: string): Promise<AnalyzedFile> {
  const profile = profileFile ? await loadProfileFile(profileFile, locale) : undefined;
  const progress = new Progress(basename(path));
  try {
    progress.stage("读取文件");
    const bytes = await readInput(path);
    progress.stage("打开工作簿");
    const loaded = loadWorkbookSource(bytes, NODE_ZIP);
    if (!loaded.ok) throw new UsageError(inputErrorMessage(loaded.error, locale));
    progress.stage("校验与汇总");
    const analysed = analyzeWorkbook(loaded.value, profile ? { profile } : {});
    if (!analysed.ok) throw new UsageError(inputErrorMessage(analysed.error, locale));
    return { file: path, sha256: createHash("sha256").update(bytes).digest("hex"), value: analysed.value };
  } finally {
    progress.done();
  }
}

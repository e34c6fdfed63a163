import { generateTemplate, parseProfile, type Profile, type ProfileProblem, type Result } from "union-ledger";

/**
 * A blank standard workbook for a profile: the core's template generator (exceljs, loaded on first call), the one
 * `union-ledger template --profile …` runs, so the page's template and the CLI's are the same workbook. `generator`
 * is stamped in `_meta` as the CLI stamps "union-ledger <version>".
 */
export function blankTemplate(profile: Profile, generator: string): Promise<Uint8Array> {
  return generateTemplate({ profile, generator });
}

/** A profile file the upper union sent (JSON, checked by the core's profile schema): the profile or every mistake. */
export async function profileFromFile(file: Blob): Promise<Result<Profile, readonly ProfileProblem[]>> {
  return parseProfile(await file.text());
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

import { analyzeWorkbook } from "../analyze.js";
import type { Locale } from "../findings/messages/index.js";
import type { Profile } from "../profiles/profile.js";
import { inputErrorMessage } from "../workbook/input-error.js";
import { loadWorkbookSource } from "../workbook/load.js";
import type { ZipCodec } from "../workbook/xlsx/package-parts.js";
import { isRollupWorkbook, readRollup } from "./read-rollup.js";
import { unitFromAnalysis, type UnitRecord, type UnreadableFile } from "./unit.js";

export interface IngestOptions {
  readonly locale?: Locale;
  readonly profile?: Profile;
  /** How the reader unpacks parts (the CLI passes Node's zlib); fflate and crc-32 when not given. */
  readonly zip?: ZipCodec;
}

/**
 * One file's bytes → its unit (a grassroots ledger) or units (an earlier roll-up), or the plain
 * reason it cannot be used. Never throws on bad input, so one broken file never ends a roll-up.
 * The workbook is local to this call: only the small records survive it.
 */
export async function ingestBytes(bytes: Uint8Array, file: string, mtimeMs: number, o: IngestOptions = {}): Promise<(UnitRecord | UnreadableFile)[]> {
  const locale = o.locale ?? "zh-CN";
  const loaded = loadWorkbookSource(bytes, o.zip ?? {});
  if (!loaded.ok) return [{ kind: "unreadable", file, message: inputErrorMessage(loaded.error, locale) }];
  const source = loaded.value;
  if (isRollupWorkbook(source)) return readRollup(source, file);
  const analysed = analyzeWorkbook(source, o.profile ? { profile: o.profile } : {});
  if (!analysed.ok) return [{ kind: "unreadable", file, message: inputErrorMessage(analysed.error, locale) }];
  return [unitFromAnalysis(analysed.value, file, mtimeMs, locale)];
}

import { analyzeWorkbook } from "../analysis/analyze.js";
import type { Locale } from "../findings/messages/index.js";
import type { Profile } from "../profiles/profile.js";
import type { InputError } from "../workbook/input-error.js";
import { loadWorkbookSource } from "../workbook/load.js";
import { inputErrorMessage } from "../workbook/messages/index.js";
import type { ZipCodec } from "../workbook/xlsx/package-parts.js";
import { isRollupWorkbook, readRollup } from "./read-rollup.js";
import { unitFromAnalysis, type UnitRecord, type UnreadableFile } from "./unit.js";

export interface IngestOptions {
  readonly locale?: Locale;
  readonly profile?: Profile;
  /** How the reader unpacks parts (the CLI passes Node's zlib); fflate and crc-32 when not given. */
  readonly zip?: ZipCodec;
  /** How an unusable file is worded (the CLI adds its hints); the registry's words in `locale` when not given. */
  readonly describe?: (e: InputError) => string;
}

/**
 * One file's bytes → its unit (a grassroots ledger) or units (an earlier roll-up), or the plain
 * reason it cannot be used. Never throws on bad input, so one broken file never ends a roll-up.
 * The workbook is local to this call: only the small records survive it.
 */
export async function ingestBytes(
  bytes: Uint8Array,
  file: string,
  mtimeMs: number,
  o: IngestOptions = {},
): Promise<(UnitRecord | UnreadableFile)[]> {
  const locale = o.locale ?? "zh-CN";
  const describe = o.describe ?? ((e: InputError): string => inputErrorMessage(e, locale));
  const loaded = loadWorkbookSource(bytes, o.zip ?? {});
  if (!loaded.ok) return [{ kind: "unreadable", file, message: describe(loaded.error) }];
  const source = loaded.value;
  if (isRollupWorkbook(source)) return readRollup(source, file);
  const analysed = analyzeWorkbook(source, o.profile ? { profile: o.profile } : {});
  if (!analysed.ok) return [{ kind: "unreadable", file, message: describe(analysed.error) }];
  return [unitFromAnalysis(analysed.value, file, mtimeMs, locale)];
}

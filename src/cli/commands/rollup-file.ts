import { stat } from "node:fs/promises";
import type { Locale } from "../../findings/messages/index.js";
import type { Profile } from "../../profiles/profile.js";
import { ingestBytes } from "../../rollup/ingest.js";
import type { UnitRecord, UnreadableFile } from "../../rollup/unit.js";
import type { InputError } from "../../workbook/input-error.js";
import { cliInputErrorMessage } from "../messages/index.js";
import { NODE_ZIP, fileErrorMessage, readInputFile } from "../../node/index.js";

/** What every file of a roll-up is read with (plain data: it is passed to worker threads). */
export interface RollupReadOptions {
  readonly locale: Locale;
  /** The upper union's profile (--profile-file), for every unit instead of its own. */
  readonly profile?: Profile;
}

export type Ingested = readonly (UnitRecord | UnreadableFile)[];

/**
 * One file → its records. A file that cannot be read at all (gone since it was listed, too large,
 * not a file) is one unreadable record with its file error's message; the roll-up goes on.
 */
export async function ingestFile(file: string, o: RollupReadOptions): Promise<Ingested> {
  const read = await readInputFile(file);
  if (!read.ok) return [{ kind: "unreadable", file, message: fileErrorMessage(read.error, o.locale) }];
  const bytes = read.value;
  // The file time only breaks ties between duplicates (cli.md); one that cannot be had is the oldest.
  const mtimeMs = await stat(file).then(
    (s) => Math.floor(s.mtimeMs),
    () => 0,
  );
  const describe = (e: InputError): string => cliInputErrorMessage(e, o.locale);
  return ingestBytes(bytes, file, mtimeMs, {
    locale: o.locale,
    zip: NODE_ZIP,
    describe,
    ...(o.profile ? { profile: o.profile } : {}),
  });
}

import { stat } from "node:fs/promises";
import type { Locale } from "../../findings/messages/index.js";
import type { Profile } from "../../profiles/profile.js";
import { ingestBytes } from "../../rollup/ingest.js";
import type { UnitRecord, UnreadableFile } from "../../rollup/unit.js";
import { UsageError } from "../errors.js";
import { readInput } from "../io.js";
import { NODE_ZIP } from "../node-inflate.js";

/** What every file of a roll-up is read with (plain data: it is passed to worker threads). */
export interface RollupReadOptions {
  readonly locale: Locale;
  /** The upper union's profile (--profile-file), for every unit instead of its own. */
  readonly profile?: Profile;
}

export type Ingested = readonly (UnitRecord | UnreadableFile)[];

/**
 * One file → its records. A file that cannot be read at all (gone since it was listed, too large,
 * not a file) is one unreadable record with readInput's message; the roll-up goes on.
 */
export async function ingestFile(file: string, o: RollupReadOptions): Promise<Ingested> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return [{ kind: "unreadable", file, message: e.message }];
  }
  // The file time only breaks ties between duplicates (cli.md); one that cannot be had is the oldest.
  const mtimeMs = await stat(file).then((s) => Math.floor(s.mtimeMs), () => 0);
  return ingestBytes(bytes, file, mtimeMs, { locale: o.locale, zip: NODE_ZIP, ...(o.profile ? { profile: o.profile } : {}) });
}

import { readFile } from "node:fs/promises";
import { carryFills, type CarriedFills } from "../docx/carry-fills.js";

/**
 * The new report with the 【请补充】 places of the report at `path`, when there is one there to be
 * overwritten (`--force`). No file, or a file that is not a .docx package, has nothing to carry: the new
 * report is written as it is (the overwrite was asked for).
 */
export async function carryFillsFrom(path: string, bytes: Uint8Array): Promise<CarriedFills | undefined> {
  const old = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
  if (!old || old[0] !== 0x50 || old[1] !== 0x4b) return undefined; // not a zip: not a report of ours
  try {
    return carryFills(new Uint8Array(old), bytes);
  } catch (e) {
    // fflate's errors carry a numeric `code` (a damaged zip or deflate stream): the old file has no places
    // that can be read, so none are kept. Anything else is a bug and goes on.
    if (e instanceof Error && typeof (e as Error & { code?: unknown }).code === "number") return undefined;
    throw e;
  }
}

import { availableParallelism } from "node:os";
import { basename } from "node:path";
import type { UnitRecord, UnreadableFile } from "../../rollup/unit.js";
import { Progress } from "../progress.js";
import { ingestFile, type Ingested, type RollupReadOptions } from "./rollup-file.js";
import { ingestInPool } from "./rollup-pool.js";

/**
 * Worker threads for a roll-up: one per core, but no more than half the files (starting a worker
 * costs about what reading two workbooks does), and none for a single file or a single core.
 */
export const poolSize = (files: number): number => Math.min(availableParallelism(), Math.floor(files / 2));

/**
 * Every file, in the order given, with a progress line. Each workbook is read, analysed and
 * dropped in turn by one of the pool's workers, so at most one workbook per worker is in memory and
 * only the small records are kept.
 */
export async function ingestAll(
  files: readonly string[],
  o: RollupReadOptions,
): Promise<{ units: UnitRecord[]; unreadable: UnreadableFile[] }> {
  const progress = new Progress("汇总");
  const results: Ingested[] = [];
  let done = 0;
  const finished = (i: number, records: Ingested): void => {
    results[i] = records;
    progress.stage(`第${++done}/${files.length}个 ${basename(files[i] ?? "")}`);
  };
  try {
    const size = poolSize(files.length);
    if (size > 1) await ingestInPool(files, o, size, finished);
    else for (const [i, file] of files.entries()) finished(i, await ingestFile(file, o));
  } finally {
    progress.done();
  }
  const all = results.flat();
  return {
    units: all.filter((r): r is UnitRecord => r.kind === "unit"),
    unreadable: all.filter((r): r is UnreadableFile => r.kind === "unreadable"),
  };
}

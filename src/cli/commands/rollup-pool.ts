import { isMainThread, parentPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import { ingestFile, type Ingested, type RollupReadOptions } from "./rollup-file.js";

/**
 * Worker threads that read a roll-up's files in parallel (the analysis is CPU-bound: one workbook
 * per core at a time). A worker runs this same module (its own URL, so it works from dist/src and
 * from the bundled CLI alike) and is told apart by its workerData. Each is sent the next file as
 * soon as it answers, so a slow file holds up nothing else; answers carry the file's index, so the
 * records end up in the order the files were given.
 */
const ROLE = "union-ledger:rollup-worker";

interface Task {
  readonly index: number;
  readonly file: string;
}
type Answer =
  { readonly index: number; readonly records: Ingested } | { readonly index: number; readonly failure: string };
interface PoolData {
  readonly role: typeof ROLE;
  readonly options: RollupReadOptions;
}

const isPoolData = (d: unknown): d is PoolData =>
  typeof d === "object" && d !== null && (d as { role?: unknown }).role === ROLE;

/** In a worker: read each file sent, answer with its records (or the internal error met). */
function serve(port: MessagePort, o: RollupReadOptions): void {
  port.on("message", (t: Task) => {
    ingestFile(t.file, o).then(
      (records) => port.postMessage({ index: t.index, records } satisfies Answer),
      (e: unknown) =>
        port.postMessage({ index: t.index, failure: e instanceof Error ? e.message : String(e) } satisfies Answer),
    );
  });
}

if (!isMainThread && parentPort && isPoolData(workerData)) serve(parentPort, workerData.options);

/** Reads `files` with `size` workers, calling `finished` once per file as each is done. */
export function ingestInPool(
  files: readonly string[],
  o: RollupReadOptions,
  size: number,
  finished: (index: number, records: Ingested) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let pending = files.length;
    let over = false;
    const stop = (error?: Error): void => {
      if (over) return;
      over = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (w: Worker): void => {
      const file = files[next];
      if (file !== undefined) w.postMessage({ index: next++, file } satisfies Task);
    };
    for (let k = 0; k < size; k++) {
      const w = new Worker(new URL(import.meta.url), { workerData: { role: ROLE, options: o } satisfies PoolData });
      workers.push(w);
      w.on("message", (a: Answer) => {
        if ("failure" in a) return stop(new Error(a.failure));
        finished(a.index, a.records);
        if (--pending === 0) stop();
        else feed(w);
      });
      w.on("error", (e) => stop(e));
      w.on("exit", (code) => pending > 0 && stop(new Error(`汇总的工作线程意外退出（${code}）`)));
      feed(w);
    }
  });
}

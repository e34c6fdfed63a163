import type { ChartSpec } from "union-ledger";
import type { Answers, Progress, Reply, Request } from "./protocol.js";

/** What a job is given by the view's action (use-action.ts): a way to stop it, and where to report progress. */
export interface JobContext {
  readonly signal?: AbortSignal;
  readonly progress?: (p: Progress) => void;
}

/** Draws one chart as PNG bytes on the main thread (chart-png.ts, loaded when a report is first written). */
type DrawChart = (spec: ChartSpec) => Promise<Uint8Array>;

/** A request of one kind without its id and kind (the client numbers requests). */
type Ask<K extends keyof Answers> = Omit<Extract<Request, { kind: K }>, "id" | "kind">;

/**
 * A bug between the page and its worker (a request the worker does not answer as the protocol says, a workbook the
 * page lost track of), or the worker's own failure: never an expected outcome, which comes back as a Result.
 */
export class PaneWorkerError extends Error {
  override name = "PaneWorkerError";
}

/** Thrown (as the DOM's AbortError) when the clerk cancels: the view stays as it was. */
export const cancelled = (): DOMException => new DOMException("cancelled", "AbortError");

/**
 * Work that cannot be stopped (an Office.js read), waited for until the clerk cancels: then the job stops waiting
 * at once (an AbortError) and what the work gives later is dropped.
 */
export function untilCancelled<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * The one worker of the page, started on first use. A cancelled job terminates it (work in a worker cannot be
 * interrupted otherwise); the next job starts a new one, and `generation` tells the analyses it no longer has.
 */
export class PaneClient {
  #worker: Worker | undefined;
  #url: string | undefined;
  #generation = 0;
  #nextId = 0;
  readonly #code: () => Promise<string>;
  readonly #drawChart: () => Promise<DrawChart>;

  /** `code`: the worker's script (worker-source.ts); `drawChart`: the chart drawer, each loaded on first use. */
  constructor(code: () => Promise<string>, drawChart: () => Promise<DrawChart>) {
    this.#code = code;
    this.#drawChart = drawChart;
  }

  /** The current worker's generation (0 before the first). */
  get generation(): number {
    return this.#generation;
  }

  /** Runs one request in the worker; `transfer` moves the bytes instead of copying them. */
  async run<K extends keyof Answers>(
    kind: K,
    ask: Ask<K>,
    ctx: JobContext = {},
    transfer: Transferable[] = [],
  ): Promise<Answers[K] | "unknown-key"> {
    const worker = await this.#ensure();
    if (ctx.signal?.aborted) throw cancelled();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const done = () => {
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        ctx.signal?.removeEventListener("abort", onAbort);
      };
      const onAbort = () => {
        done();
        this.#stop();
        reject(cancelled());
      };
      const fail = (e: Error) => {
        done();
        this.#stop();
        reject(e);
      };
      // A script error in the worker (a bug: expected failures come back as results).
      const onError = (e: ErrorEvent) => fail(new PaneWorkerError(e.message || "worker failed"));
      const onMessage = (e: MessageEvent<Reply>) => {
        const m = e.data;
        if (m.id !== id) return;
        if (m.kind === "progress") ctx.progress?.(m.progress);
        else if (m.kind === "chart") this.#chart(worker, m.chart, m.spec).catch(fail);
        else {
          done();
          if (m.kind === "failed") reject(new PaneWorkerError(m.message));
          else resolve(m.kind === "unknown-key" ? "unknown-key" : (m.value as Answers[K]));
        }
      };
      worker.addEventListener("message", onMessage);
      worker.addEventListener("error", onError);
      ctx.signal?.addEventListener("abort", onAbort);
      worker.postMessage({ ...ask, kind, id } as Request, transfer);
    });
  }

  /** A chart the worker asked for: drawn in a task of its own, the PNG sent back transferred. */
  async #chart(worker: Worker, chart: number, spec: ChartSpec): Promise<void> {
    const png = await (await this.#drawChart())(spec);
    worker.postMessage({ id: -1, kind: "chart-png", chart, png: png.buffer } as Request, [png.buffer]);
  }

  async #ensure(): Promise<Worker> {
    if (!this.#worker) {
      // A classic worker from a blob: URL of its code: a worker script from a file:// URL is refused in Chromium,
      // a blob: one is not, and the pane's CSP allows it (worker-src blob:).
      const code = await this.#code();
      if (this.#worker) return this.#worker;
      // Kept until the worker stops: its script is fetched after the constructor returns.
      this.#url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
      this.#worker = new Worker(this.#url, { name: "union-ledger" });
      this.#generation++;
    }
    return this.#worker;
  }

  #stop(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = undefined;
  }
}

import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import { CjkFontMissingError, type CjkFont } from "./cjk-font.js";
import type { ChartSpec } from "../charts/spec.js";

/**
 * `report --charts png` draws its charts on a worker thread started with the command: while the main thread reads
 * the workbook, the worker finds the CJK font, loads ECharts and resvg and parses the font; once the report's charts
 * are known it draws them (SVGs, one font subset, pixels, PNGs) while the main thread loads the .docx writer. With one
 * core, or run from the TypeScript sources (tests), the same work is done on the main thread instead.
 *
 * The worker runs this same module (its own URL, as the roll-up pool does), told apart by its workerData.
 */
const ROLE = "union-ledger:png-charts";

export interface PngImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface PngCharts {
  /** Resolves once a CJK font is found. @throws CjkFontMissingError */
  ready(): Promise<void>;
  /** The charts' pictures, in order; each settles on its own. */
  draw(specs: readonly ChartSpec[]): Promise<PngImage>[];
  /** Ends the worker, if there is one. */
  close(): Promise<void>;
}

type Draw = (specs: readonly ChartSpec[]) => Promise<PngImage>[];

/** The font, or the error that says where none was found. */
async function findFont(): Promise<CjkFont | CjkFontMissingError> {
  const { findCjkFont } = await import("./cjk-font.js");
  try {
    return findCjkFont();
  } catch (e) {
    if (e instanceof CjkFontMissingError) return e;
    throw e;
  }
}

/** ECharts and resvg loaded and the font parsed: a function that draws. */
async function loadDraw(font: CjkFont): Promise<Draw> {
  const [{ renderChartImages }, { prepareFont }] = await Promise.all([
    import("./render-png.js"),
    import("./font-files.js"),
  ]);
  prepareFont(font);
  return (specs) =>
    renderChartImages(specs, { font }).map((p) => p.then(({ png, width, height }) => ({ png, width, height })));
}

// ---- the worker -------------------------------------------------------------------------------------------------

type Request = { readonly id: number; readonly specs: readonly ChartSpec[] } | { readonly close: true };
type Answer =
  | { readonly kind: "font"; readonly searched?: readonly string[] }
  | { readonly kind: "image"; readonly id: number; readonly index: number; readonly image: PngImage }
  | { readonly kind: "failed"; readonly id: number; readonly index: number; readonly message: string };

const isWorkerData = (d: unknown): d is { role: typeof ROLE } =>
  typeof d === "object" && d !== null && (d as { role?: unknown }).role === ROLE;

/** Says whether there is a font, then draws each batch sent, answering per chart as each is done. */
async function serve(port: MessagePort): Promise<void> {
  const font = await findFont();
  if (font instanceof CjkFontMissingError) {
    port.postMessage({ kind: "font", searched: font.searched } satisfies Answer);
    return; // nothing listens on the port, so the worker ends
  }
  port.postMessage({ kind: "font" } satisfies Answer);
  const draw = await loadDraw(font);
  const failed = (id: number, index: number, e: unknown): Answer => ({
    kind: "failed",
    id,
    index,
    message: e instanceof Error ? e.message : String(e),
  });
  const drawing = new Set<Promise<unknown>>();
  // Requests sent meanwhile wait in the port's queue until this listener starts it.
  port.on("message", (r: Request) => {
    if ("close" in r) {
      // Ends once every picture is drawn, so their temporary font files are gone too.
      void Promise.allSettled(drawing).then(() => port.close());
      return;
    }
    let images: Promise<PngImage>[];
    try {
      images = draw(r.specs);
    } catch (e) {
      r.specs.forEach((_, index) => port.postMessage(failed(r.id, index, e)));
      return;
    }
    images.forEach((p, index) => {
      const answered = p.then(
        (image) => port.postMessage({ kind: "image", id: r.id, index, image } satisfies Answer),
        (e: unknown) => port.postMessage(failed(r.id, index, e)),
      );
      drawing.add(answered);
      void answered.then(() => drawing.delete(answered));
    });
  });
}

if (!isMainThread && parentPort && isWorkerData(workerData)) void serve(parentPort);

// ---- the main thread --------------------------------------------------------------------------------------------

/** Drawing on this thread. */
function inThread(): PngCharts {
  const font = findFont();
  const draw: Promise<Draw | CjkFontMissingError> = font.then(async (f) =>
    f instanceof CjkFontMissingError ? f : loadDraw(f),
  );
  draw.catch(() => undefined); // reported by ready() and draw()
  return {
    async ready(): Promise<void> {
      const f = await font;
      if (f instanceof CjkFontMissingError) throw f;
    },
    draw(specs: readonly ChartSpec[]): Promise<PngImage>[] {
      const all = draw.then((d) => {
        if (d instanceof CjkFontMissingError) throw d;
        return d(specs);
      });
      return specs.map((_, i) => all.then((images) => images[i] ?? Promise.reject(new Error(`no chart ${i}`))));
    },
    async close(): Promise<void> {},
  };
}

interface Waiter {
  readonly resolve: (image: PngImage) => void;
  readonly reject: (e: Error) => void;
}

function inWorker(): PngCharts {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: ROLE } });
  // The worker keeps the process alive only while something waits for it: a command that stops early (an unreadable
  // workbook) ends without waiting for the worker to load.
  worker.unref();
  let waiting = 0;
  const wait = <T>(p: Promise<T>): Promise<T> => {
    if (waiting++ === 0) worker.ref();
    const done = (): void => {
      if (--waiting === 0) worker.unref();
    };
    p.then(done, done);
    return p;
  };

  let answerFont: (a: { searched?: readonly string[]; crashed?: Error }) => void = () => undefined;
  const font = new Promise<{ searched?: readonly string[]; crashed?: Error }>((resolve) => (answerFont = resolve));
  const batches = new Map<number, Waiter[]>();
  let crashed: Error | undefined;
  let nextId = 0;
  const crash = (e: Error): void => {
    crashed ??= e;
    answerFont({ crashed: e }); // no effect once the font was answered
    for (const waiters of batches.values()) for (const w of waiters) w.reject(e);
    batches.clear();
  };
  worker.on("message", (a: Answer) => {
    if (a.kind === "font") return answerFont(a.searched ? { searched: a.searched } : {});
    const waiters = batches.get(a.id);
    const waiter = waiters?.[a.index];
    if (a.kind === "image") waiter?.resolve(a.image);
    else waiter?.reject(new Error(a.message));
  });
  let exited = false;
  let closing = false;
  worker.on("error", crash);
  worker.on("exit", (code) => {
    exited = true;
    if (!closing) crash(new Error(`绘制图表的工作线程意外退出（${code}）`));
  });

  return {
    async ready(): Promise<void> {
      const answer = await wait(font);
      if (answer.searched) throw new CjkFontMissingError(answer.searched);
      if (answer.crashed) throw answer.crashed;
    },
    draw(specs: readonly ChartSpec[]): Promise<PngImage>[] {
      const id = nextId++;
      const waiters: Waiter[] = [];
      const images = specs.map(() =>
        wait(new Promise<PngImage>((resolve, reject) => waiters.push({ resolve, reject }))),
      );
      if (crashed) for (const w of waiters) w.reject(crashed);
      else {
        batches.set(id, waiters);
        worker.postMessage({ id, specs } satisfies Request);
      }
      return images;
    },
    async close(): Promise<void> {
      if (closing) return;
      closing = true;
      if (exited) return;
      // Asked to finish what it draws and end; stopped outright if it has not within 5 s.
      const ended = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.ref();
      worker.postMessage({ close: true } satisfies Request);
      const timer = setTimeout(() => void worker.terminate(), 5000);
      timer.unref();
      await ended;
      clearTimeout(timer);
    },
  };
}

/** Starts the PNG charts' work: on a worker thread where there is a core to spare. */
export function startPngCharts(): PngCharts {
  const fromSources = import.meta.url.endsWith(".ts"); // a worker cannot load a .ts file
  return fromSources || availableParallelism() < 2 ? inThread() : inWorker();
}

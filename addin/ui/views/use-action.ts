import { useCallback, useRef, useState, useSyncExternalStore } from "react";
import type { Progress } from "../../browser/worker/protocol.js";
import type { NoticeState } from "../components/Notice.js";
import { useStrings } from "../i18n/locale.js";

export type { Progress, Stage } from "../../browser/worker/protocol.js";

/** What a job is given: a signal that says the clerk cancelled, and where to report its stage (and percentage). */
export interface JobContext {
  readonly signal: AbortSignal;
  readonly progress: (p: Progress) => void;
}

export interface Action {
  /** What is running, shown with a spinner; undefined when idle. */
  readonly busy: string | undefined;
  readonly setBusy: (label: string | undefined) => void;
  /** The outcome of the last action. */
  readonly notice: NoticeState | undefined;
  /**
   * Runs a job: progress shown, its notice kept, a failure reported in words — nothing swallowed. A cancelled job
   * (an AbortError once `cancel` was called) changes nothing: the notice and the view stay as they were.
   */
  readonly act: (label: string | undefined, job: (ctx: JobContext) => Promise<NoticeState | undefined>) => void;
  /** The running job's stage, once it reports one. */
  readonly progress: Progress | undefined;
  /** Stops the running job (it reported progress, so it runs in the pane's worker, which is stopped); else undefined. */
  readonly cancel: (() => void) | undefined;
}

/** What Busy shows besides the label; one view is shown at a time, so the page has one. */
interface Running {
  readonly progress: Progress | undefined;
  readonly cancel: (() => void) | undefined;
}
let running: Running = { progress: undefined, cancel: undefined };
const listeners = new Set<() => void>();
const publish = (r: Running) => {
  running = r;
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The running job's progress and cancel, for Busy (which the views render with their label only). */
export const useRunning = (): Running => useSyncExternalStore(subscribe, () => running);

const isAbort = (e: unknown) => e instanceof DOMException && e.name === "AbortError";

/** The one way the views run their work, so every view reports progress and failures alike. */
export function useAction(): Action {
  const s = useStrings();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const [state, setState] = useState<Running>({ progress: undefined, cancel: undefined });
  const current = useRef<AbortController>(undefined);
  const show = useCallback((r: Running) => {
    setState(r);
    publish(r);
  }, []);
  const act = useCallback(
    (label: string | undefined, job: (ctx: JobContext) => Promise<NoticeState | undefined>) => {
      const controller = new AbortController();
      current.current = controller;
      const cancel = () => controller.abort();
      const mine = () => current.current === controller;
      setBusy(label);
      show({ progress: undefined, cancel: undefined });
      const ctx: JobContext = {
        signal: controller.signal,
        progress: (p) => {
          if (mine() && !controller.signal.aborted) show({ progress: p, cancel });
        },
      };
      job(ctx)
        .then((n) => setNotice(n))
        .catch((e: unknown) => {
          if (!isAbort(e) || !controller.signal.aborted)
            setNotice({ intent: "error", text: s.failed(e instanceof Error ? e.message : String(e)) });
        })
        .finally(() => {
          if (!mine()) return;
          setBusy(undefined);
          show({ progress: undefined, cancel: undefined });
        });
    },
    [s, show],
  );
  return { busy, setBusy, notice, act, progress: state.progress, cancel: state.cancel };
}

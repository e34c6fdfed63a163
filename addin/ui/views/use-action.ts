import { useCallback, useState } from "react";
import type { NoticeState } from "../components/Notice.js";
import { useStrings } from "../i18n/locale.js";

export interface Action {
  /** What is running, shown with a spinner; undefined when idle. */
  readonly busy: string | undefined;
  readonly setBusy: (label: string | undefined) => void;
  /** The outcome of the last action. */
  readonly notice: NoticeState | undefined;
  /** Runs a job: progress shown, its notice kept, a failure reported in words — nothing swallowed. */
  readonly act: (label: string | undefined, job: () => Promise<NoticeState | undefined>) => void;
}

/** The one way the views run their work, so every view reports progress and failures alike. */
export function useAction(): Action {
  const s = useStrings();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const act = useCallback(
    (label: string | undefined, job: () => Promise<NoticeState | undefined>) => {
      setBusy(label);
      job()
        .then((n) => setNotice(n))
        .catch((e: unknown) =>
          setNotice({ intent: "error", text: s.failed(e instanceof Error ? e.message : String(e)) }),
        )
        .finally(() => setBusy(undefined));
    },
    [s],
  );
  return { busy, setBusy, notice, act };
}

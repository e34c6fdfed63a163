import { useCallback, useState } from "react";

/** Why the report's action is held back, said beside its button; undefined when it may go. */
export type Holdback = "unacknowledged" | "no-reason" | undefined;

export interface AcknowledgementState {
  /** Error findings in the chosen workbook: above 0, a report needs the clerk's acknowledgement and reason. */
  readonly errors: number;
  readonly acknowledged: boolean;
  readonly reason: string;
  /** The reason the report carries (page 1's notice, the document's properties): set only when it may go with errors. */
  readonly given: string | undefined;
  readonly holdback: Holdback;
  /** A report was written with `given`: the warning becomes a plain statement of what the document says. */
  readonly written: boolean;
  readonly setAcknowledged: (v: boolean) => void;
  readonly setReason: (v: string) => void;
  readonly markWritten: () => void;
  /** Another workbook was chosen: its errors are acknowledged anew (the reason typed is kept, to reuse). */
  readonly reset: () => void;
}

/**
 * The acknowledgement the Word pane and the standalone page ask for before a report of a workbook with errors,
 * like a forced submission: a tick and a reason, which the report then states on page 1.
 */
export function useAcknowledgement(errors: number): AcknowledgementState {
  const [acknowledged, setAcknowledgedState] = useState(false);
  const [reason, setReasonState] = useState("");
  const [written, setWritten] = useState(false);
  const trimmed = reason.trim();
  const holdback: Holdback =
    errors === 0 ? undefined : !acknowledged ? "unacknowledged" : trimmed === "" ? "no-reason" : undefined;
  // A change after a report was written is for the next one: the statement gives way to the form again.
  const setAcknowledged = useCallback((v: boolean) => {
    setAcknowledgedState(v);
    setWritten(false);
  }, []);
  const setReason = useCallback((v: string) => {
    setReasonState(v);
    setWritten(false);
  }, []);
  const reset = useCallback(() => {
    setAcknowledgedState(false);
    setWritten(false);
  }, []);
  return {
    errors,
    acknowledged,
    reason,
    given: errors > 0 && holdback === undefined ? trimmed : undefined,
    holdback,
    written: written && errors > 0,
    setAcknowledged,
    setReason,
    markWritten: useCallback(() => setWritten(true), []),
    reset,
  };
}

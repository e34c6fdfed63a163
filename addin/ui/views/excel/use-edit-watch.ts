import { useCallback, useEffect, useState } from "react";
import type { WorkbookHost } from "../../../host/host.js";

export interface EditWatch {
  /** Cells of the checked sheets changed since the check started: the results may be out of date. */
  readonly stale: boolean;
  /** This Excel cannot report edits (no ExcelApi 1.7): the pane says results may be out of date after edits. */
  readonly unwatched: boolean;
  /** Starts (or restarts) watching the sheets; call before reading them, so edits during a check count too. */
  readonly start: (sheets: readonly string[]) => Promise<void>;
  /** Marks the results stale again: a check was cancelled after `start`, and the results shown were stale. */
  readonly markStale: () => void;
}

/**
 * Marks the results stale when the clerk (or a co-author) edits the ledger sheets after a check (the host's
 * watchEdits: WorksheetCollection.onChanged; the add-in's own writes are not edits). The handler is removed when
 * the view goes away; a new check replaces it in the host.
 */
export function useEditWatch(host: WorkbookHost): EditWatch {
  const [stale, setStale] = useState(false);
  const [unwatched, setUnwatched] = useState(false);
  useEffect(
    () => () => {
      // The view is gone: nowhere to show a failure but the console.
      host.stopWatching().catch((e: unknown) => console.error("union-ledger: could not remove the change handler", e));
    },
    [host],
  );
  const start = useCallback(
    async (sheets: readonly string[]) => {
      setStale(false);
      setUnwatched(!(await host.watchEdits(sheets, () => setStale(true))));
    },
    [host],
  );
  const markStale = useCallback(() => setStale(true), []);
  return { stale, unwatched, start, markStale };
}

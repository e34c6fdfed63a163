import type { Cleared } from "../../../host/host.js";
import type { UiStrings } from "../../i18n/strings.js";

/**
 * What clearing says, in cells as marking counts them. `marked` is what this pane marked last (undefined when it
 * marked nothing since it opened: marks left by an earlier session are cleared all the same). More cells than were
 * marked are earlier marks; fewer, cells deleted since (a mark goes with its cells).
 */
export function clearedText(s: UiStrings, cleared: Cleared, marked: number | undefined): string {
  const { cells, uncounted } = cleared;
  if (cells === 0 && uncounted === 0) return s.clearedNone;
  const counted =
    marked === undefined || marked === cells || uncounted > 0
      ? s.cleared(cells)
      : cells > marked
        ? s.clearedMore(cells, marked)
        : s.clearedFewer(cells, marked);
  if (uncounted === 0) return counted;
  return cells === 0 ? s.clearedUncounted(uncounted) : s.sentences(counted, s.clearedUncounted(uncounted));
}

import { useRef } from "react";
import type { CellRef, WorkbookHost } from "../../../host/host.js";
import type { NoticeState } from "../../components/Notice.js";
import { useStrings } from "../../i18n/locale.js";
import type { Action } from "../use-action.js";
import { clearedText } from "./marks-text.js";

export interface Marks {
  readonly highlightAll: () => void;
  readonly clear: () => void;
}

/** What this pane marked last: how many cells, and on which sheets (a later check may find none there). */
interface Marked {
  readonly cells: number | undefined;
  readonly sheets: readonly string[];
}

const NONE: Marked = { cells: undefined, sheets: [] };

/**
 * 标出 and 清除: both count cells, so "已标出12个单元格" is followed by "已清除12个单元格的标记", and a
 * difference is explained (marks-text.ts). Earlier marks go wherever they are on the sheets this pane marked, also
 * when the current findings no longer name those sheets.
 */
export function useMarks(host: WorkbookHost, act: Action["act"], cells: () => readonly CellRef[]): Marks {
  const s = useStrings();
  const marked = useRef<Marked>(NONE);
  const sheetsOf = (refs: readonly CellRef[]): string[] => [...new Set(refs.map((c) => c.sheet))];
  return {
    highlightAll: () =>
      act(undefined, async (): Promise<NoticeState> => {
        const refs = cells();
        const wanted = new Set(refs.map((c) => `${c.sheet}!${c.cell}`)).size;
        const n = await host.highlight(refs, marked.current.sheets);
        marked.current = { cells: n, sheets: sheetsOf(refs) };
        return n < wanted
          ? { intent: "warning", text: s.highlightedSome(n, wanted) }
          : { intent: "success", text: s.highlighted(n) };
      }),
    clear: () =>
      act(undefined, async (): Promise<NoticeState> => {
        const sheets = [...new Set([...sheetsOf(cells()), ...marked.current.sheets])];
        const cleared = await host.clearHighlights(sheets);
        const last = marked.current.cells;
        marked.current = NONE;
        return { intent: "info", text: clearedText(s, cleared, last) };
      }),
  };
}

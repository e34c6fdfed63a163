import { useCallback, useRef, useState } from "react";
import { inputErrorMessage, READ_SHEETS, type Finding } from "union-ledger";
import { loadExampleBytes } from "../../../browser/example.js";
import { analyzeWorkbookCells } from "../../../browser/workbook-file.js";
import { untilCancelled } from "../../../browser/worker/pane-client.js";
import type { PaneAnalysis } from "../../../browser/worker/protocol.js";
import type { CellRef, WorkbookHost } from "../../../host/host.js";
import type { NoticeState } from "../../components/Notice.js";
import { useAction } from "../use-action.js";
import { useLocale, useStrings } from "../../i18n/locale.js";
import { resultsKey } from "./results-key.js";
import { useEditWatch } from "./use-edit-watch.js";
import { useFindingsSheet, type FindingsSheet } from "./use-findings-sheet.js";
import { useMarks } from "./use-marks.js";

export interface ExcelViewState {
  readonly busy: string | undefined;
  readonly notice: NoticeState | undefined;
  /** What the view shows of the last check; the whole analysis stays in the pane's worker (protocol.ts). */
  readonly analysis: PaneAnalysis | undefined;
  readonly narrative: string | undefined;
  readonly validate: () => void;
  readonly select: (f: Finding) => void;
  readonly highlightAll: () => void;
  readonly clear: () => void;
  /** 生成“校验结果”工作表, and the question when a clerk's sheet has that name. */
  readonly findingsSheet: FindingsSheet;
  /** The ledger sheets were edited since the check (the stale banner); `unwatched`: Excel cannot tell. */
  readonly stale: boolean;
  readonly unwatched: boolean;
  readonly newWorkbook: (() => void) | undefined;
  /** This Excel has no Excel.createWorkbook (ExcelApi 1.8): the pane says why there is no 新建 button. */
  readonly newWorkbookUnavailable: boolean;
  /** The bundled example as a new workbook (the first screen's 用示例试一试); undefined where Excel cannot create one. */
  readonly openExample: (() => void) | undefined;
}

const refOf = (f: Finding): CellRef | undefined => (f.cell ? { sheet: f.sheet, cell: f.cell } : undefined);

/** State and actions of the Excel view; every Office call goes through the host adapter. */
export function useExcelView(host: WorkbookHost, templateBytes?: () => Promise<Uint8Array>): ExcelViewState {
  const s = useStrings();
  const locale = useLocale();
  const { busy, setBusy, notice, act } = useAction();
  const [analysis, setAnalysis] = useState<PaneAnalysis>();
  const [narrative, setNarrative] = useState<string>();
  const { stale, unwatched, start: watchEdits, markStale } = useEditWatch(host);
  // The last check's results, to tell a re-check that found the same (结果没有变化).
  const lastKey = useRef<string>(undefined);

  const validate = useCallback(
    () =>
      act(s.reading, async (ctx) => {
        // Watching starts before the read: an edit made while the check runs marks its results stale too.
        await watchEdits(READ_SHEETS);
        // 读取 through Office.js (on this thread: Office.js has no worker), then 检查 in the pane's worker, so the
        // pane never freezes; 取消 shows from the first stage on (Office's read is not waited for after it, its
        // cells are dropped). A cancelled check leaves the results shown as they were, stale if they were (the
        // watch was restarted for it).
        ctx.progress({ stage: "read" });
        const result = await untilCancelled(host.readWorkbook(READ_SHEETS), ctx.signal)
          .then((cells) => {
            setBusy(s.checking);
            return analyzeWorkbookCells(cells, ctx);
          })
          .catch((e: unknown) => {
            if (ctx.signal.aborted && stale) markStale();
            throw e;
          });
        if (!result.ok) {
          setAnalysis(undefined);
          lastKey.current = undefined;
          const text = inputErrorMessage(result.error, locale);
          // Not a ledger: the way out in the pane's words (the CLI's `union-ledger template` is the README's).
          const way = host.createWorkbook && templateBytes ? s.notLedgerNew : s.notLedgerNoCreate;
          return { intent: "error", text: result.error.code === "not_ledger" ? s.sentences(text, way) : text };
        }
        setAnalysis(result.value.analysis);
        setNarrative(result.value.narrative);
        const key = resultsKey(result.value.analysis);
        const same = lastKey.current === key;
        lastKey.current = key;
        return same ? { intent: "info", text: s.unchanged } : undefined;
      }),
    [act, host, locale, markStale, s, setBusy, stale, templateBytes, watchEdits],
  );

  const cells = (): CellRef[] => (analysis?.findings ?? []).flatMap((f) => refOf(f) ?? []);
  const marks = useMarks(host, act, cells);
  const findingsSheet = useFindingsSheet(host, act, () => analysis?.findings ?? []);

  return {
    busy,
    notice,
    analysis,
    narrative,
    validate,
    select: (f) => {
      const r = refOf(f);
      if (r)
        act(undefined, async () => {
          await host.selectCell(r);
          return undefined;
        });
    },
    highlightAll: marks.highlightAll,
    clear: marks.clear,
    findingsSheet,
    stale,
    unwatched,
    openExample: host.createWorkbook
      ? () =>
          act(undefined, async () => {
            await host.createWorkbook?.(await loadExampleBytes());
            return { intent: "success", text: s.exampleOpened };
          })
      : undefined,
    newWorkbook:
      host.createWorkbook && templateBytes
        ? () =>
            act(undefined, async () => {
              await host.createWorkbook?.(await templateBytes());
              return { intent: "success", text: s.newWorkbookDone };
            })
        : undefined,
    newWorkbookUnavailable: templateBytes !== undefined && !host.createWorkbook,
  };
}

import { useCallback, useState } from "react";
import {
  analyzeSource,
  findingMessage,
  inputErrorMessage,
  READ_SHEETS,
  type Analysis,
  type Finding,
} from "union-ledger";
import { reportOf, reportText } from "../../../browser/report-model.js";
import type { CellRef, WorkbookHost } from "../../../host/host.js";
import type { NoticeState } from "../../components/Notice.js";
import { useAction } from "../use-action.js";
import { useLocale, useStrings } from "../../i18n/locale.js";

export interface ExcelViewState {
  readonly busy: string | undefined;
  readonly notice: NoticeState | undefined;
  readonly analysis: Analysis | undefined;
  readonly narrative: string | undefined;
  readonly validate: () => void;
  readonly select: (f: Finding) => void;
  readonly highlightAll: () => void;
  readonly clear: () => void;
  readonly writeSheet: () => void;
  readonly newWorkbook: (() => void) | undefined;
}

const refOf = (f: Finding): CellRef | undefined => (f.cell ? { sheet: f.sheet, cell: f.cell } : undefined);

/** State and actions of the Excel view; every Office call goes through the host adapter. */
export function useExcelView(host: WorkbookHost, templateBytes?: () => Promise<Uint8Array>): ExcelViewState {
  const s = useStrings();
  const locale = useLocale();
  const { busy, setBusy, notice, act } = useAction();
  const [analysis, setAnalysis] = useState<Analysis>();
  const [narrative, setNarrative] = useState<string>();

  const validate = useCallback(
    () =>
      act(s.reading, async () => {
        const source = await host.readWorkbook(READ_SHEETS);
        setBusy(s.checking);
        const result = await analyzeSource(source);
        if (!result.ok) {
          setAnalysis(undefined);
          return { intent: "error", text: inputErrorMessage(result.error, locale) };
        }
        setAnalysis(result.value);
        setNarrative(reportText(await reportOf({ fileName: "", sha256: "", analysis: result.value })));
        return undefined;
      }),
    [act, host, locale, s, setBusy],
  );

  const cells = (): CellRef[] => (analysis?.findings ?? []).flatMap((f) => refOf(f) ?? []);
  const sheets = (): string[] => [...new Set(cells().map((c) => c.sheet))];

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
    highlightAll: () =>
      act(undefined, async () => {
        const wanted = new Set(cells().map((c) => `${c.sheet}!${c.cell}`)).size;
        const marked = await host.highlight(cells());
        return marked < wanted
          ? { intent: "warning", text: s.highlightedSome(marked, wanted) }
          : { intent: "success", text: s.highlighted(marked) };
      }),
    clear: () =>
      act(undefined, async () => ({ intent: "info", text: s.cleared(await host.clearHighlights(sheets())) })),
    writeSheet: () =>
      act(undefined, async () => {
        const rows = (analysis?.findings ?? []).map((f) => [
          f.severity === "error" ? s.error : s.warning,
          f.sheet,
          f.cell ?? "",
          findingMessage(f, locale),
          f.code,
        ]);
        await host.writeFindingsSheet(s.findingsSheetName, [[...s.findingsHeader], ...rows]);
        return { intent: "success", text: s.sheetWritten(s.findingsSheetName) };
      }),
    newWorkbook:
      host.createWorkbook && templateBytes
        ? () =>
            act(undefined, async () => {
              await host.createWorkbook?.(await templateBytes());
              return { intent: "success", text: s.newWorkbookDone };
            })
        : undefined,
  };
}

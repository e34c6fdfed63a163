import { useState } from "react";
import { inputErrorMessage, missingTitleInfo, type MissingTitleInfo } from "union-ledger";
import { DOCX_MIME, download } from "../../../browser/download.js";
import { reportDocx } from "../../../browser/docx-writer.js";
import { analyzePickedFile, fileBytes, type LoadedWorkbook } from "../../../browser/workbook-file.js";
import { openExampleWith } from "../../../browser/example.js";
import type { NoticeState } from "../../components/Notice.js";
import { useAcknowledgement, type AcknowledgementState } from "../../components/use-acknowledgement.js";
import { useAction } from "../use-action.js";
import { useLocale, useStrings } from "../../i18n/locale.js";

export interface StandaloneViewState {
  readonly busy: string | undefined;
  readonly notice: NoticeState | undefined;
  readonly loaded: LoadedWorkbook | undefined;
  readonly narrative: string | undefined;
  /** The errors' acknowledgement, as the Word pane asks it: a report of a workbook with errors says why on page 1. */
  readonly ack: AcknowledgementState;
  /** 基本信息 fields the report's title needs that the workbook leaves empty (a blank template): no report then. */
  readonly missing: readonly MissingTitleInfo[];
  readonly open: (f: File) => void;
  /** The bundled example, read as if the clerk had chosen it (the first screen's 用示例试一试). */
  readonly openExample: () => void;
  readonly downloadReport: () => void;
}

/** No Office: a chosen file → findings, totals, and the report .docx as a download. */
export function useStandaloneView(): StandaloneViewState {
  const s = useStrings();
  const locale = useLocale();
  const { busy, notice, act } = useAction();
  const [loaded, setLoaded] = useState<LoadedWorkbook>();
  const [narrative, setNarrative] = useState<string>();
  const ack = useAcknowledgement(loaded ? loaded.analysis.tally.errors : 0);
  const missing = loaded ? missingTitleInfo(loaded.analysis) : [];

  const view: StandaloneViewState = {
    // The example goes through `open`, as a chosen file would; a chunk that fails to load is worded by act.
    openExample: () => openExampleWith(view.open, (e) => act(undefined, () => Promise.reject(e))),
    busy,
    notice,
    loaded,
    // A blank template's narrative would be titled "0年工作总结": not shown.
    narrative: missing.length === 0 ? narrative : undefined,
    ack,
    missing,
    open: (f) =>
      act(s.reading, async (ctx) => {
        // Another file replaces what was loaded at once: one that cannot be read leaves nothing of the last. Only
        // 取消 while it is read (an AbortError) brings the workbook shown before back: a cancelled job changes nothing.
        const before = { loaded, narrative };
        setLoaded(undefined);
        setNarrative(undefined);
        ack.reset();
        const r = await analyzePickedFile(f.name, await fileBytes(f, ctx), ctx).catch((e: unknown) => {
          if (ctx.signal.aborted) {
            setLoaded(before.loaded);
            setNarrative(before.narrative);
          }
          throw e;
        });
        if (!r.ok) {
          return { intent: "error", text: inputErrorMessage(r.error, locale) };
        }
        setLoaded(r.value);
        setNarrative(r.value.narrative);
        return { intent: "info", text: s.fileRead(r.value.fileName) };
      }),
    downloadReport: () =>
      act(s.downloading, async (ctx) => {
        if (!loaded || missing.length > 0 || ack.holdback !== undefined) return undefined;
        const { unionName, fiscalYear } = loaded.analysis.totals;
        download(
          (await reportDocx(loaded, ack.given, ctx)).docx,
          `${unionName}${fiscalYear}年度工作总结.docx`,
          DOCX_MIME,
        );
        ack.markWritten();
        return undefined;
      }),
  };
  return view;
}

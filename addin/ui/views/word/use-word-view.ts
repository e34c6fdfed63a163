import { useCallback, useEffect, useState } from "react";
import { inputErrorMessage, missingTitleInfo, type MissingTitleInfo } from "union-ledger";
import { sha256Hex } from "../../../browser/crypto.js";
import { reportDocx, reportFragments } from "../../../browser/docx-writer.js";
import { analyzePickedFile, fileBytes, type LoadedWorkbook } from "../../../browser/workbook-file.js";
import { openExampleWith } from "../../../browser/example.js";
import type { PlacedControl, DocumentHost, LinkRecord } from "../../../host/host.js";
import type { NoticeState } from "../../components/Notice.js";
import { useAcknowledgement, type AcknowledgementState } from "../../components/use-acknowledgement.js";
import { useAction } from "../use-action.js";
import { useLocale, useStrings } from "../../i18n/locale.js";
import { changedParts, editedTags, planRefresh } from "./refresh-plan.js";

export interface WordViewState {
  readonly busy: string | undefined;
  readonly notice: NoticeState | undefined;
  readonly loaded: LoadedWorkbook | undefined;
  readonly link: LinkRecord | undefined;
  readonly hasReport: boolean;
  /** The errors' acknowledgement: the tick and the reason a report of a workbook with errors needs. */
  readonly ack: AcknowledgementState;
  /** 基本信息 fields the report's title needs that the workbook leaves empty (a blank template): no report then. */
  readonly missing: readonly MissingTitleInfo[];
  /** Controls the clerk edited, waiting for "overwrite", "keep" or "cancel". */
  readonly edited: readonly string[] | undefined;
  readonly open: (f: File) => void;
  /** The bundled example, read as if the clerk had chosen it (the first screen's 用示例试一试). */
  readonly openExample: () => void;
  readonly insertOrRefresh: () => void;
  readonly resolveEdits: (overwrite: boolean) => void;
  /** The edited-blocks question answered 取消: nothing is refreshed, the document stays as it was. */
  readonly cancelEdits: () => void;
}

/** State and actions of the Word view: pick the workbook, insert or refresh the report in place. */
export function useWordView(host: DocumentHost): WordViewState {
  const s = useStrings();
  const locale = useLocale();
  const { busy, notice, act } = useAction();
  const [loaded, setLoaded] = useState<LoadedWorkbook>();
  const [blocks, setBlocks] = useState<readonly PlacedControl[]>([]);
  const [link, setLink] = useState<LinkRecord>();
  const ack = useAcknowledgement(loaded ? loaded.analysis.tally.errors : 0);
  const [edited, setEdited] = useState<readonly string[]>();

  const reread = useCallback(async () => {
    const r = await host.readBlocks();
    setBlocks(r.blocks);
    setLink(r.link);
    return r;
  }, [host]);
  useEffect(
    () =>
      act(undefined, async () => {
        await reread();
        return undefined;
      }),
    [act, reread],
  );

  const missing = loaded ? missingTitleInfo(loaded.analysis) : [];
  // A report needs the title's fields and, with errors, the acknowledgement: the view offers no action otherwise.
  const ready = missing.length === 0 && ack.holdback === undefined;

  const refresh = (overwrite: boolean | undefined) =>
    act(s.refreshing, async (ctx) => {
      if (!loaded || !ready) return undefined;
      const current = await reread();
      const changed = await editedTags(current.blocks, current.link, sha256Hex);
      if (changed.size > 0 && overwrite === undefined) {
        setEdited(current.blocks.filter((b) => changed.has(b.tag)).map((b) => b.title || b.tag));
        return undefined;
      }
      setEdited(undefined);
      const { fragments, link: fresh } = await reportFragments(loaded, ack.given, ctx);
      const { plan, link: next } = planRefresh(
        current.blocks,
        fragments,
        overwrite ? new Set() : changed,
        current.link,
        ack.given ? { ...fresh, acknowledgement: ack.given } : fresh,
      );
      await host.refresh(plan, next);
      await reread();
      ack.markWritten();
      const changedCount = changedParts(plan, current.link, next);
      return { intent: "success", text: changedCount > 0 ? s.refreshed(changedCount) : s.refreshedUnchanged };
    });

  const view: WordViewState = {
    // The example goes through `open`, as a chosen file would; a chunk that fails to load is worded by act.
    openExample: () => openExampleWith(view.open, (e) => act(undefined, () => Promise.reject(e))),
    busy,
    notice,
    loaded,
    link,
    hasReport: blocks.length > 0,
    ack,
    missing,
    edited,
    open: (f) =>
      act(s.reading, async (ctx) => {
        // Another file replaces what was loaded at once, whatever comes of it: a file that cannot be read leaves
        // nothing behind (no old findings, no 刷新 that would refresh from the old file). Only 取消 while it is
        // read (an AbortError) brings the workbook shown before back, as a cancelled job changes nothing.
        const before = loaded;
        setLoaded(undefined);
        setEdited(undefined);
        ack.reset();
        const r = await analyzePickedFile(f.name, await fileBytes(f, ctx), ctx).catch((e: unknown) => {
          if (ctx.signal.aborted) setLoaded(before);
          throw e;
        });
        if (!r.ok) return { intent: "error", text: inputErrorMessage(r.error, locale) };
        setLoaded(r.value);
        const other =
          link && link.sourceSha256 && link.sourceFile !== r.value.fileName
            ? s.otherWorkbook(link.sourceFile)
            : undefined;
        return other ? { intent: "warning", text: other } : { intent: "info", text: s.fileRead(r.value.fileName) };
      }),
    insertOrRefresh: () => {
      if (!loaded || !ready) return;
      if (blocks.length > 0) return refresh(undefined);
      act(s.inserting, async (ctx) => {
        const { docx, link: written } = await reportDocx(loaded, ack.given, ctx);
        await host.insertAtCursor(docx, written);
        await reread();
        ack.markWritten();
        return { intent: "success", text: s.inserted };
      });
    },
    resolveEdits: (overwrite) => refresh(overwrite),
    cancelEdits: () =>
      act(undefined, async () => {
        setEdited(undefined);
        return { intent: "info", text: s.refreshCancelled };
      }),
  };
  return view;
}

import { useCallback, useEffect, useState } from "react";
import { inputErrorMessage } from "union-ledger";
import { sha256Hex } from "../../../browser/crypto.js";
import { docxWriter } from "../../../browser/docx-writer.js";
import { reportOf } from "../../../browser/report-model.js";
import { analyzePickedFile, fileBytes, type LoadedWorkbook } from "../../../browser/workbook-file.js";
import type { PlacedControl, DocumentHost, LinkRecord } from "../../../host/host.js";
import type { NoticeState } from "../../components/Notice.js";
import { useAction } from "../use-action.js";
import { useLocale, useStrings } from "../../i18n/locale.js";
import { editedTags, planRefresh } from "./refresh-plan.js";

export interface WordViewState {
  readonly busy: string | undefined;
  readonly notice: NoticeState | undefined;
  readonly loaded: LoadedWorkbook | undefined;
  readonly link: LinkRecord | undefined;
  readonly hasReport: boolean;
  readonly errors: number;
  readonly acknowledged: boolean;
  readonly reason: string;
  /** Controls the clerk edited, waiting for "overwrite" or "keep". */
  readonly edited: readonly string[] | undefined;
  readonly setAcknowledged: (v: boolean) => void;
  readonly setReason: (v: string) => void;
  readonly open: (f: File) => void;
  readonly insertOrRefresh: () => void;
  readonly resolveEdits: (overwrite: boolean) => void;
}

/** State and actions of the Word view: pick the workbook, insert or refresh the report in place. */
export function useWordView(host: DocumentHost): WordViewState {
  const s = useStrings();
  const locale = useLocale();
  const { busy, notice, act } = useAction();
  const [loaded, setLoaded] = useState<LoadedWorkbook>();
  const [blocks, setBlocks] = useState<readonly PlacedControl[]>([]);
  const [link, setLink] = useState<LinkRecord>();
  const [acknowledged, setAcknowledged] = useState(false);
  const [reason, setReason] = useState("");
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

  const errors = loaded ? loaded.analysis.tally.errors : 0;
  const ack = errors > 0 ? reason.trim() : undefined;

  const refresh = (overwrite: boolean | undefined) =>
    act(s.refreshing, async () => {
      if (!loaded) return undefined;
      const current = await reread();
      const changed = await editedTags(current.blocks, current.link, sha256Hex);
      if (changed.size > 0 && overwrite === undefined) {
        setEdited(current.blocks.filter((b) => changed.has(b.tag)).map((b) => b.title || b.tag));
        return undefined;
      }
      setEdited(undefined);
      const { fragments, link: fresh } = await (await docxWriter()).reportFragments(await reportOf(loaded));
      const { plan, link: next } = planRefresh(
        current.blocks,
        fragments,
        overwrite ? new Set() : changed,
        current.link,
        ack ? { ...fresh, acknowledgement: ack } : fresh,
      );
      await host.refresh(plan, next);
      await reread();
      return {
        intent: "success",
        text: s.refreshed(plan.replace.length + plan.insert.reduce((n, i) => n + i.items.length, 0)),
      };
    });

  return {
    busy,
    notice,
    loaded,
    link,
    hasReport: blocks.length > 0,
    errors,
    acknowledged,
    reason,
    edited,
    setAcknowledged,
    setReason,
    open: (f) =>
      act(s.reading, async () => {
        const r = await analyzePickedFile(f.name, await fileBytes(f));
        if (!r.ok) return { intent: "error", text: inputErrorMessage(r.error, locale) };
        setLoaded(r.value);
        setAcknowledged(false);
        const other =
          link && link.sourceSha256 && link.sourceFile !== r.value.fileName
            ? s.otherWorkbook(link.sourceFile)
            : undefined;
        return other ? { intent: "warning", text: other } : { intent: "info", text: s.fileRead(r.value.fileName) };
      }),
    insertOrRefresh: () => {
      if (!loaded) return;
      if (blocks.length > 0) return refresh(undefined);
      act(s.inserting, async () => {
        const report = await reportOf(loaded);
        const { docx, link: written } = await (await docxWriter()).reportDocx(report, ack);
        await host.insertAtCursor(docx, written);
        await reread();
        return { intent: "success", text: s.inserted };
      });
    },
    resolveEdits: (overwrite) => refresh(overwrite),
  };
}

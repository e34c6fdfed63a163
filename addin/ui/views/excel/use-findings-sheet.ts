import { useState } from "react";
import { findingMessage, type Finding } from "union-ledger";
import type { ReplaceSheet, SheetWrite, WorkbookHost } from "../../../host/host.js";
import type { NoticeState } from "../../components/Notice.js";
import { useLocale, useStrings } from "../../i18n/locale.js";
import type { Action } from "../use-action.js";

/** A sheet of the clerk's has the findings sheet's name: the pane asks before anything is written. */
export type SheetTaken = Extract<SheetWrite, { readonly written: false }>;

export interface FindingsSheet {
  readonly write: () => void;
  /** The open question, if any: 替换 / 另存为 / 取消. */
  readonly taken: SheetTaken | undefined;
  readonly replace: () => void;
  readonly writeToFree: () => void;
  readonly cancel: () => void;
}

/**
 * 生成“校验结果”工作表. The add-in replaces its own findings sheet, but a clerk's sheet of that name is never
 * deleted without asking: the host writes nothing then, and the clerk chooses 替换, 另存为“校验结果(2)” or 取消.
 * After 另存为, later writes go to that sheet.
 */
export function useFindingsSheet(
  host: WorkbookHost,
  act: Action["act"],
  findings: () => readonly Finding[],
): FindingsSheet {
  const s = useStrings();
  const locale = useLocale();
  const [target, setTarget] = useState<string>();
  const [taken, setTaken] = useState<SheetTaken>();

  const writeTo = (name: string, replace: ReplaceSheet): void => {
    setTaken(undefined);
    act(undefined, async (): Promise<NoticeState | undefined> => {
      const rows = findings().map((f) => [
        f.severity === "error" ? s.error : s.warning,
        f.sheet,
        f.cell ?? "",
        findingMessage(f, locale),
        f.code,
      ]);
      const result = await host.writeFindingsSheet(name, [[...s.findingsHeader], ...rows], replace);
      if (!result.written) {
        setTaken(result);
        return undefined;
      }
      setTarget(result.name);
      return { intent: "success", text: s.sheetWritten(result.name) };
    });
  };

  return {
    write: () => writeTo(target ?? s.findingsSheetName, "ours"),
    taken,
    replace: () => taken && writeTo(taken.name, "any"),
    writeToFree: () => taken && writeTo(taken.free, "ours"),
    cancel: () => {
      if (!taken) return;
      setTaken(undefined);
      act(undefined, async () => ({ intent: "info", text: s.sheetKept(taken.name) }));
    },
  };
}

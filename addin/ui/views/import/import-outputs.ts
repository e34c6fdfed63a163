import type { ImportOutcome } from "union-ledger";
import { XLSX_MIME } from "../../../browser/blank-template.js";
import { download } from "../../../browser/download.js";
import type { NoticeState } from "../../components/Notice.js";
import type { UiStrings } from "../../i18n/strings.js";
import type { ImportPanelProps, ImportState } from "./import-types.js";
import { baseName, mapText } from "./map-edit.js";

type Outputs = Pick<ImportState, "downloadWorkbook" | "downloadMap" | "checkNow" | "openNew">;

/**
 * Where the standard workbook goes: downloaded as "<原文件名>-标准台账.xlsx" with its map beside it as the CLI names
 * it (标准台账.xlsx → 标准台账.map.json); on the standalone page fed to the view's own open path (立即校验); in Excel
 * opened as a new workbook (Excel.createWorkbook, ExcelApi 1.8).
 */
export function importOutputs(
  props: ImportPanelProps,
  s: UiStrings,
  fileName: string,
  outcome: ImportOutcome,
  setNotice: (n: NoticeState) => void,
  act: (label: string, job: () => Promise<NoticeState | undefined>) => void,
): Outputs {
  const name = s.importFileName(baseName(fileName));
  const { onCheck, createWorkbook } = props;
  return {
    downloadWorkbook: () => {
      download(outcome.bytes, name, XLSX_MIME);
      setNotice({ intent: "success", text: s.importDownloaded(name) });
    },
    downloadMap: () => {
      const mapName = s.importMapFileName(baseName(fileName));
      download(new TextEncoder().encode(mapText(outcome.map)), mapName, "application/json");
      setNotice({ intent: "success", text: s.importDownloaded(mapName) });
    },
    checkNow: onCheck
      ? () => onCheck(new File([outcome.bytes as Uint8Array<ArrayBuffer>], name, { type: XLSX_MIME }))
      : undefined,
    openNew: createWorkbook
      ? () =>
          act(s.importing, async () => {
            await createWorkbook(outcome.bytes);
            return { intent: "success", text: s.importOpened };
          })
      : undefined,
  };
}

/** Before there is a standard workbook: nothing to download or open. */
export const NO_OUTPUTS: Outputs = {
  downloadWorkbook: () => undefined,
  downloadMap: () => undefined,
  checkNow: undefined,
  openNew: undefined,
};

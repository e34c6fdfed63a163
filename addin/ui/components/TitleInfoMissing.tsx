import type { MissingTitleInfo } from "union-ledger";
import { useStrings } from "../i18n/locale.js";
import { LabelledMessageBar } from "./Notice.js";

/**
 * A workbook without the union's name or the year (a blank template) makes no report: its title would read
 * "0年工作总结". Says what to fill in and where (the cells on 基本信息); the views offer no insert or download then.
 */
export function TitleInfoMissing({
  missing,
  rechoose = true,
}: {
  readonly missing: readonly MissingTitleInfo[];
  /** The workbook is a chosen file (Word, standalone): "save and choose it again"; else (Excel) "check again". */
  readonly rechoose?: boolean;
}) {
  const s = useStrings();
  if (missing.length === 0) return null;
  return (
    <LabelledMessageBar intent="warning">
      {s.titleInfoMissing(
        missing.map((m) => s.titleInfoField(m.field, m.cell)),
        rechoose,
      )}
    </LabelledMessageBar>
  );
}

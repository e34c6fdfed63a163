import type { ColumnSpec, SheetSpec } from "../layout/column.js";
import type { SheetData } from "../layout/record.js";
import { SHEET_NAMES } from "../layout/template-layout.js";
import { KNOWN_LAYOUT_HASHES } from "../template/known-layouts.js";
import type { Rule } from "./context.js";

/**
 * layout_altered: in a workbook made from the standard template, a column that is not where the
 * template put it (moved, or pushed by an inserted column), or a `_meta` layout stamp that does not
 * belong to its template version. The reader coped (it reads by header); this says so.
 */
export const columnsMovedRules: Rule = ({ ledger, sink }) => {
  const t = ledger.template;
  if (!t) return;
  const known = KNOWN_LAYOUT_HASHES[t.version];
  if (known !== undefined && t.layoutHash !== undefined && t.layoutHash !== known) {
    sink.add("layout_altered", { sheet: SHEET_NAMES.meta }, { moved: [], hashChanged: true });
  }
  for (const sheet of [
    ledger.members,
    ledger.dues,
    ledger.activities,
    ledger.condolences,
  ] as unknown as SheetData<SheetSpec>[]) {
    if (!sheet.present || sheet.headerRow === 0) continue;
    const cols = sheet.columns as Record<string, number | undefined>;
    const moved = (sheet.spec.columns as readonly ColumnSpec[]).flatMap((c, i) => {
      const at = cols[c.key];
      return at !== undefined && at !== i + 1 ? [`${c.header}在第${at}列`] : [];
    });
    // The header row may sit anywhere in the first rows (template-v1.md reading rules): only
    // columns out of the template's order count as an altered layout.
    if (moved.length > 0)
      sink.add("layout_altered", { sheet: sheet.spec.name, row: sheet.headerRow }, { moved, hashChanged: false });
  }
};

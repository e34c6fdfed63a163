import type { ColumnSpec, SheetSpec } from "../layout/column.js";
import type { SheetData } from "../layout/record.js";
import { SHEET_NAMES, SUPPORTED_MAJOR } from "../layout/template-layout.js";
import { majorOf } from "../workbook/read-meta.js";
import { madeWith } from "../layout/column-versions.js";
import { KNOWN_LAYOUT_HASHES } from "../template/known-layouts.js";
import type { Rule } from "./context.js";

/**
 * layout_altered: in a workbook made from the standard template, a column that is not where the
 * template put it (moved, or pushed by an inserted column), or a `_meta` layout stamp that does not
 * belong to its template version. The reader coped (it reads by header); this says so.
 */
export const columnsMovedRules: Rule = ({ ledger, sink }) => {
  const t = ledger.template;
  // A later major version is not read as a template at all (template_version_unsupported).
  if (!t || !(majorOf(t.version) <= SUPPORTED_MAJOR)) return;
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
    // Where the workbook's own template version put each column (a 1.0 workbook has no 1.1 columns).
    const own = (sheet.spec.columns as readonly ColumnSpec[]).filter((c) => madeWith(c, t.version));
    const moved = own.flatMap((c, i) => {
      const at = cols[c.key];
      return at !== undefined && at !== i + 1 ? [`${c.header}在第${at}列`] : [];
    });
    // The header row may sit anywhere in the first rows (template-v1.md reading rules): only
    // columns out of the template's order count as an altered layout.
    if (moved.length > 0)
      sink.add("layout_altered", { sheet: sheet.spec.name, row: sheet.headerRow }, { moved, hashChanged: false });
  }
};

import { Text } from "@fluentui/react-components";
import type { ImportReport } from "union-ledger";
import { useStrings } from "../../i18n/locale.js";
import { useImportStyles } from "./import.styles.js";

/** At most this many lines of a list; the rest are counted (the CLI's --json lists them all). */
const SHOWN = 100;

/** A count that opens to its list (<details>: a native disclosure, keyboard-usable and announced as one). */
function Listed({ title, lines }: { readonly title: string; readonly lines: readonly string[] }) {
  const s = useStrings();
  const styles = useImportStyles();
  if (lines.length === 0) return null;
  return (
    <details>
      <summary className={styles.summary}>{title}</summary>
      <ul className={styles.list}>
        {lines.slice(0, SHOWN).map((l, i) => (
          <li key={i}>{l}</li>
        ))}
        {lines.length > SHOWN && <li>{s.importMore(lines.length - SHOWN)}</li>}
      </ul>
    </details>
  );
}

/**
 * Nothing lost, nothing guessed silently: the rows left out and why, the columns kept on the right, the values
 * rewritten in form and those that could not be read, each a count that opens to its list; and what the template
 * asks that the workbook does not have.
 */
export function ImportDetails({ report }: { readonly report: ImportReport }) {
  const s = useStrings();
  const styles = useImportStyles();
  const unplaced = report.sheets.flatMap((x) =>
    x.unplaced.map((u) => s.importUnplacedColumn(x.sheet, u.column, u.header)),
  );
  return (
    <div className={styles.details}>
      <Listed
        title={s.importSkipped(report.skippedRows.length)}
        lines={report.skippedRows.map((r) =>
          s.importSkippedRow(r.sheet, r.row, s.importSkipReason(r.reason), r.text ?? ""),
        )}
      />
      <Listed title={s.importUnplaced(unplaced.length)} lines={unplaced} />
      <Listed
        title={s.importChanged(report.changes.length)}
        lines={report.changes.map((c) => s.importValue(c.sheet, c.cell, c.column, c.from, c.to))}
      />
      <Listed
        title={s.importUnread(report.unread.length)}
        lines={report.unread.map((c) => s.importValue(c.sheet, c.cell, c.column, c.from, ""))}
      />
      {report.missing.length > 0 && (
        <Text>{s.importMissing(report.missing.map((m) => [m.sheet, m.header] as const))}</Text>
      )}
      {report.emptyLedgers.length > 0 && <Text>{s.importEmpty(report.emptyLedgers)}</Text>}
    </div>
  );
}

import { Field, Select } from "@fluentui/react-components";
import type { ImportChoices, ImportMap, ImportReport } from "union-ledger";
import { useStrings } from "../../i18n/locale.js";
import { useImportStyles } from "./import.styles.js";
import { NONE, sheetRows } from "./map-edit.js";

type MapSheet = ImportMap["sheets"][number];

interface MappingTableProps {
  readonly choices: ImportChoices;
  readonly map: ImportMap;
  /** The last import's report (rows read per sheet); undefined while a problem stands. */
  readonly report: ImportReport | undefined;
  readonly onSheet: (sheet: string, label: string) => void;
  readonly onColumn: (sheet: string, column: string, to: string) => void;
}

/**
 * The mapping the clerk checks and corrects (issue 15 item 3): for every sheet of the workbook a Select of the ledger
 * it goes to (or 不导入), and for an imported sheet a table of its columns, each with a Select of the template column
 * it goes to (or 不对应, kept on the right) and the basis of the match. Native <select>s (Fluent Select): labelled,
 * keyboard-usable, and announced as the table's cells.
 */
export function MappingTable({ choices, map, report, onSheet, onColumn }: MappingTableProps) {
  const s = useStrings();
  const styles = useImportStyles();
  return (
    <>
      {sheetRows(choices, map).map(({ sheet, entry }) => {
        const rows = report?.sheets.find((x) => x.sheet === sheet)?.rows;
        return (
          <div key={sheet} className={styles.sheet}>
            <Field
              label={s.importSheetLedger(sheet)}
              {...(rows !== undefined ? { hint: s.importSheetRows(rows) } : {})}
            >
              <Select value={entry?.ledger ?? NONE} onChange={(_, d) => onSheet(sheet, d.value)}>
                <option value={NONE}>{s.importNotImported}</option>
                {choices.ledgers.map((l) => (
                  <option key={l.id} value={l.label}>
                    {s.importLedgerName(l.id)}
                  </option>
                ))}
              </Select>
            </Field>
            {entry && <ColumnTable entry={entry} choices={choices} onColumn={onColumn} />}
          </div>
        );
      })}
    </>
  );
}

function ColumnTable({
  entry,
  choices,
  onColumn,
}: {
  readonly entry: MapSheet;
  readonly choices: ImportChoices;
  readonly onColumn: MappingTableProps["onColumn"];
}) {
  const s = useStrings();
  const styles = useImportStyles();
  const targets = choices.ledgers.find((l) => l.label === entry.ledger)?.targets ?? [];
  return (
    <table className={styles.table} aria-label={s.importSheetColumns(entry.sheet)}>
      <colgroup>
        <col className={styles.colSource} />
        <col />
        <col className={styles.colBasis} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            {s.importColumnHead}
          </th>
          <th scope="col" className={styles.th}>
            {s.importTargetHead}
          </th>
          <th scope="col" className={styles.th}>
            {s.importBasisHead}
          </th>
        </tr>
      </thead>
      <tbody>
        {entry.columns.map((c) => (
          <tr key={c.column}>
            <th scope="row" className={styles.rowHead}>
              <span className={styles.letter}>{c.column}</span>
              {c.header}
            </th>
            <td className={styles.cell}>
              <Select
                size="small"
                className={styles.select}
                aria-label={s.importColumnLabel(c.column, c.header)}
                value={c.to ?? NONE}
                onChange={(_, d) => onColumn(entry.sheet, c.column, d.value)}
              >
                <option value={NONE}>{s.importKeepRight}</option>
                {/* A target the map names that the ledger lacks (a hand-edited file) is still shown as chosen. */}
                {(c.to !== null && !targets.includes(c.to) ? [c.to, ...targets] : targets).map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </Select>
            </td>
            <td className={styles.basis}>{c.to !== null && c.confidence ? s.importBasis(c.confidence) : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

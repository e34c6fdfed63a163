import { Button, Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../../host/host.js";
import { Busy } from "../../components/Busy.js";
import { FindingsList } from "../../components/FindingsList.js";
import { NarrativePreview } from "../../components/NarrativePreview.js";
import { Notice } from "../../components/Notice.js";
import { TotalsPanel } from "../../components/TotalsPanel.js";
import { useStrings } from "../../i18n/locale.js";
import { useViewStyles } from "../view.styles.js";
import { useExcelView } from "./use-excel-view.js";

export interface ExcelViewProps {
  readonly host: WorkbookHost;
  /** The standard template's bytes, fetched only when the clerk asks for a new workbook. */
  readonly templateBytes?: () => Promise<Uint8Array>;
}

/** Excel: validate the open workbook, jump to and mark problem cells, totals, narrative preview. */
export function ExcelView({ host, templateBytes }: ExcelViewProps) {
  const s = useStrings();
  const styles = useViewStyles();
  const v = useExcelView(host, templateBytes);
  const counts = v.analysis ? v.analysis.tally : undefined;
  return (
    <main className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={v.validate} disabled={v.busy !== undefined}>
          {v.analysis ? s.revalidate : s.validate}
        </Button>
        {v.newWorkbook && (
          <Button onClick={v.newWorkbook} disabled={v.busy !== undefined}>
            {s.newWorkbook}
          </Button>
        )}
      </div>
      <Busy label={v.busy} />
      <Notice notice={v.notice} />
      {v.analysis && counts && (
        <>
          <section className={styles.section} aria-labelledby="findings-h">
            <h2 id="findings-h" className={styles.heading}>
              {s.findings}
            </h2>
            <Text role="status">{s.summary(counts.errors, counts.warnings)}</Text>
            {v.analysis.findings.length > 0 && (
              <div className={styles.actions}>
                <Button onClick={v.highlightAll}>{s.highlightAll}</Button>
                <Button onClick={v.clear}>{s.clearHighlights}</Button>
                <Button onClick={v.writeSheet}>{s.writeSheet}</Button>
              </div>
            )}
            <FindingsList findings={v.analysis.findings} onSelect={v.select} />
          </section>
          <section className={styles.section} aria-labelledby="totals-h">
            <h2 id="totals-h" className={styles.heading}>
              {s.totals}
            </h2>
            <TotalsPanel totals={v.analysis.totals} />
          </section>
          {v.narrative && <NarrativePreview text={v.narrative} />}
        </>
      )}
    </main>
  );
}

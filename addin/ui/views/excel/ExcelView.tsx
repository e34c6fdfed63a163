import { Button, Text } from "@fluentui/react-components";
import { missingTitleInfo } from "union-ledger";
import type { WorkbookHost } from "../../../host/host.js";
import { Busy } from "../../components/Busy.js";
import { FindingsList } from "../../components/FindingsList.js";
import { NarrativePreview } from "../../components/NarrativePreview.js";
import { Notice } from "../../components/Notice.js";
import { TitleInfoMissing } from "../../components/TitleInfoMissing.js";
import { Welcome } from "../../components/Welcome.js";
import { useStrings } from "../../i18n/locale.js";
import { ImportPanel } from "../import/ImportPanel.js";
import { TotalsSection } from "../TotalsSection.js";
import { useViewStyles } from "../view.styles.js";
import { NewWorkbookUnavailable } from "./NewWorkbookUnavailable.js";
import { SheetQuestion } from "./SheetQuestion.js";
import { StaleBanner } from "./StaleBanner.js";
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
  // A workbook without its union's name or year (the blank template): no "0年度" totals or "0年工作总结" narrative.
  const missing = v.analysis ? missingTitleInfo(v.analysis) : [];
  const counts = v.analysis ? v.analysis.tally : undefined;
  return (
    <main className={styles.root}>
      <Welcome host="excel" onExample={v.openExample} disabled={v.busy !== undefined} />
      <div className={styles.actions}>
        {/* disabledFocusable: while it runs the button keeps the focus (disabled would drop it to <body>). */}
        <Button appearance="primary" onClick={v.validate} disabledFocusable={v.busy !== undefined}>
          {v.analysis ? s.revalidate : s.validate}
        </Button>
        {v.newWorkbook && (
          <Button onClick={v.newWorkbook} disabled={v.busy !== undefined}>
            {s.newWorkbook}
          </Button>
        )}
      </div>
      {v.newWorkbookUnavailable && !v.analysis && <NewWorkbookUnavailable />}
      <Busy label={v.busy} />
      <Notice notice={v.notice} />
      {v.analysis && v.stale && <StaleBanner onRecheck={v.validate} disabled={v.busy !== undefined} />}
      {v.analysis && counts && (
        <>
          <section className={styles.section} aria-labelledby="findings-h">
            <h2 id="findings-h" className={styles.heading}>
              {s.findings}
            </h2>
            <Text role="status">{s.summary(counts.errors, counts.warnings)}</Text>
            {v.unwatched && <Text size={200}>{s.cannotWatch}</Text>}
            {v.analysis.findings.length > 0 && (
              <div className={styles.actions}>
                <Button onClick={v.highlightAll}>{s.highlightAll}</Button>
                <Button onClick={v.clear}>{s.clearHighlights}</Button>
                <Button onClick={v.findingsSheet.write}>{s.writeSheet}</Button>
              </div>
            )}
            {v.findingsSheet.taken && <SheetQuestion taken={v.findingsSheet.taken} sheet={v.findingsSheet} />}
            <FindingsList findings={v.analysis.findings} onSelect={v.select} />
          </section>
          {missing.length > 0 ? (
            <TitleInfoMissing missing={missing} rechoose={false} />
          ) : (
            <>
              <TotalsSection totals={v.analysis.totals} />
              {v.narrative && <NarrativePreview text={v.narrative} />}
            </>
          )}
        </>
      )}
      <ImportPanel inExcel createWorkbook={host.createWorkbook?.bind(host)} />
    </main>
  );
}

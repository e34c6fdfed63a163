import { Button, Text } from "@fluentui/react-components";
import { Busy } from "../../components/Busy.js";
import { FileDrop } from "../../components/FileDrop.js";
import { FindingsList } from "../../components/FindingsList.js";
import { NarrativePreview } from "../../components/NarrativePreview.js";
import { Notice } from "../../components/Notice.js";
import { TotalsPanel } from "../../components/TotalsPanel.js";
import { useStrings } from "../../i18n/locale.js";
import { useViewStyles } from "../view.styles.js";
import { useStandaloneView } from "./use-standalone-view.js";

/** The offline page for WPS users: choose a ledger, see findings and totals, download the report. */
export function StandaloneView() {
  const s = useStrings();
  const styles = useViewStyles();
  const v = useStandaloneView();
  const counts = v.loaded ? v.loaded.analysis.tally : undefined;
  return (
    <main className={styles.root}>
      <Text>{s.standaloneIntro}</Text>
      <FileDrop onFile={v.open} disabled={v.busy !== undefined} />
      <Busy label={v.busy} />
      <Notice notice={v.notice} />
      {v.loaded && counts && (
        <>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={v.downloadReport} disabled={v.busy !== undefined}>
              {s.download}
            </Button>
          </div>
          <section className={styles.section} aria-labelledby="sa-findings-h">
            <h2 id="sa-findings-h" className={styles.heading}>
              {s.findings}
            </h2>
            <Text role="status">{s.summary(counts.errors, counts.warnings)}</Text>
            <FindingsList findings={v.loaded.analysis.findings} />
          </section>
          <section className={styles.section} aria-labelledby="sa-totals-h">
            <h2 id="sa-totals-h" className={styles.heading}>
              {s.totals}
            </h2>
            <TotalsPanel totals={v.loaded.analysis.totals} />
          </section>
          {v.narrative && <NarrativePreview text={v.narrative} />}
        </>
      )}
    </main>
  );
}

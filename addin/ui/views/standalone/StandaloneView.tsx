import { Button, Text } from "@fluentui/react-components";
import { useId } from "react";
import { Acknowledgement, HoldbackHint } from "../../components/Acknowledgement.js";
import { Busy } from "../../components/Busy.js";
import { FileDrop } from "../../components/FileDrop.js";
import { FindingsList } from "../../components/FindingsList.js";
import { NarrativePreview } from "../../components/NarrativePreview.js";
import { Notice } from "../../components/Notice.js";
import { TitleInfoMissing } from "../../components/TitleInfoMissing.js";
import { Welcome } from "../../components/Welcome.js";
import { useStrings } from "../../i18n/locale.js";
import { ImportPanel } from "../import/ImportPanel.js";
import { TotalsSection } from "../TotalsSection.js";
import { useViewStyles } from "../view.styles.js";
import { TemplateDownload } from "./TemplateDownload.js";
import { useStandaloneView } from "./use-standalone-view.js";

/** The offline page for WPS users: choose a ledger, see findings and totals, download the report. */
export function StandaloneView() {
  const s = useStrings();
  const styles = useViewStyles();
  const v = useStandaloneView();
  const counts = v.loaded ? v.loaded.analysis.tally : undefined;
  const hintId = useId();
  const held = v.ack.holdback !== undefined;
  return (
    <main className={styles.root}>
      <Welcome host="none" onExample={v.openExample} disabled={v.busy !== undefined} />
      <Text>{s.standaloneIntro}</Text>
      <FileDrop onFile={v.open} disabled={v.busy !== undefined} />
      <Busy label={v.busy} />
      <Notice notice={v.notice} />
      {v.loaded && counts && (
        <>
          {v.missing.length > 0 ? (
            // A blank template: no report (its title would be "0年工作总结"), so no download either.
            <TitleInfoMissing missing={v.missing} />
          ) : (
            <>
              <Acknowledgement state={v.ack} action={s.ackDownload} />
              <div className={styles.actions}>
                {/* Held back until the errors are acknowledged, as in the Word pane: focusable, with the reason. */}
                <Button
                  appearance="primary"
                  onClick={v.downloadReport}
                  disabledFocusable={held}
                  disabled={v.busy !== undefined}
                  {...(held ? { "aria-describedby": hintId } : {})}
                >
                  {s.download}
                </Button>
                <HoldbackHint state={v.ack} id={hintId} />
              </div>
            </>
          )}
          <section className={styles.section} aria-labelledby="sa-findings-h">
            <h2 id="sa-findings-h" className={styles.heading}>
              {s.findings}
            </h2>
            <Text role="status">{s.summary(counts.errors, counts.warnings)}</Text>
            <FindingsList findings={v.loaded.analysis.findings} />
          </section>
          {/* A blank template's totals are zeros of "0年度": nothing to show until 基本信息 is filled in. */}
          {v.missing.length === 0 && <TotalsSection totals={v.loaded.analysis.totals} />}
          {v.narrative && <NarrativePreview text={v.narrative} />}
        </>
      )}
      <ImportPanel onCheck={v.open} />
      <TemplateDownload />
    </main>
  );
}

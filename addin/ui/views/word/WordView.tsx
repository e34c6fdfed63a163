import { Button, Text } from "@fluentui/react-components";
import { useId } from "react";
import { localIsoDate } from "union-ledger";
import type { DocumentHost } from "../../../host/host.js";
import { Acknowledgement, HoldbackHint } from "../../components/Acknowledgement.js";
import { Busy } from "../../components/Busy.js";
import { FileDrop } from "../../components/FileDrop.js";
import { FindingsList } from "../../components/FindingsList.js";
import { LabelledMessageBar, Notice } from "../../components/Notice.js";
import { TitleInfoMissing } from "../../components/TitleInfoMissing.js";
import { Welcome } from "../../components/Welcome.js";
import { useStrings } from "../../i18n/locale.js";
import { TotalsSection } from "../TotalsSection.js";
import { useViewStyles } from "../view.styles.js";
import { useWordView } from "./use-word-view.js";

/** Word: link a workbook, then insert the report at the cursor or refresh it in place. */
export function WordView({ host }: { readonly host: DocumentHost }) {
  const s = useStrings();
  const styles = useViewStyles();
  const v = useWordView(host);
  const counts = v.loaded ? v.loaded.analysis.tally : undefined;
  const hintId = useId();
  const held = v.ack.holdback !== undefined;
  return (
    <main className={styles.root}>
      <Welcome host="word" onExample={v.openExample} disabled={v.busy !== undefined} />
      <Text role="status">
        {v.link
          ? s.linked(v.link.sourceFile, localIsoDate(new Date(v.link.generatedAt)) ?? v.link.generatedAt)
          : s.linkNone}
      </Text>
      <FileDrop onFile={v.open} disabled={v.busy !== undefined} />
      <Busy label={v.busy} />
      <Notice notice={v.notice} />
      {v.loaded && counts && (
        <>
          <section className={styles.section} aria-labelledby="word-findings-h">
            <h2 id="word-findings-h" className={styles.heading}>
              {s.findings}
            </h2>
            <Text>{s.summary(counts.errors, counts.warnings)}</Text>
            <FindingsList findings={v.loaded.analysis.findings} />
          </section>
          {v.missing.length > 0 ? (
            // A blank template: no report (its title would be "0年工作总结"), so no insert or refresh either.
            <TitleInfoMissing missing={v.missing} />
          ) : (
            <>
              <Acknowledgement state={v.ack} action={v.hasReport ? s.ackRefresh : s.ackInsert} />
              {v.edited ? (
                <section className={styles.section} aria-live="polite">
                  <LabelledMessageBar intent="warning">{s.edited(v.edited.join("、"))}</LabelledMessageBar>
                  <div className={styles.actions}>
                    <Button onClick={() => v.resolveEdits(true)}>{s.overwrite}</Button>
                    <Button appearance="primary" onClick={() => v.resolveEdits(false)}>
                      {s.keepEdits}
                    </Button>
                    <Button onClick={v.cancelEdits}>{s.cancel}</Button>
                  </div>
                </section>
              ) : (
                <div className={styles.actions}>
                  {/* Held back until the errors are acknowledged: focusable, and described by the reason beside it. */}
                  <Button
                    appearance="primary"
                    onClick={v.insertOrRefresh}
                    disabledFocusable={held}
                    disabled={v.busy !== undefined}
                    {...(held ? { "aria-describedby": hintId } : {})}
                  >
                    {v.hasReport ? s.refresh : s.insert}
                  </Button>
                  <HoldbackHint state={v.ack} id={hintId} />
                </div>
              )}
            </>
          )}
          {/* A blank template's totals are zeros of "0年度": nothing to show until 基本信息 is filled in. */}
          {v.missing.length === 0 && <TotalsSection totals={v.loaded.analysis.totals} />}
        </>
      )}
    </main>
  );
}

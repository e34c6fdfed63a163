import { Button, Checkbox, Field, MessageBar, MessageBarBody, Text, Textarea } from "@fluentui/react-components";
import type { DocumentHost } from "../../../host/host.js";
import { Busy } from "../../components/Busy.js";
import { FileDrop } from "../../components/FileDrop.js";
import { FindingsList } from "../../components/FindingsList.js";
import { Notice } from "../../components/Notice.js";
import { TotalsPanel } from "../../components/TotalsPanel.js";
import { useStrings } from "../../i18n/locale.js";
import { useViewStyles } from "../view.styles.js";
import { useWordView } from "./use-word-view.js";

/** Word: link a workbook, then insert the report at the cursor or refresh it in place. */
export function WordView({ host }: { readonly host: DocumentHost }) {
  const s = useStrings();
  const styles = useViewStyles();
  const v = useWordView(host);
  const counts = v.loaded ? v.loaded.analysis.tally : undefined;
  const blocked = v.errors > 0 && !(v.acknowledged && v.reason.trim() !== "");
  return (
    <main className={styles.root}>
      <Text role="status">{v.link ? s.linked(v.link.sourceFile, v.link.generatedAt.slice(0, 10)) : s.linkNone}</Text>
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
          {v.errors > 0 && (
            <section className={styles.section}>
              <MessageBar intent="warning">
                <MessageBarBody>{s.errorsBlock(v.errors)}</MessageBarBody>
              </MessageBar>
              <Checkbox
                checked={v.acknowledged}
                onChange={(_, d) => v.setAcknowledged(d.checked === true)}
                label={s.acknowledge}
              />
              <Field label={s.reason} required={v.acknowledged}>
                <Textarea
                  value={v.reason}
                  placeholder={s.reasonPlaceholder}
                  onChange={(_, d) => v.setReason(d.value)}
                  disabled={!v.acknowledged}
                />
              </Field>
            </section>
          )}
          {v.edited ? (
            <section className={styles.section} aria-live="polite">
              <MessageBar intent="warning">
                <MessageBarBody>{s.edited(v.edited.join("、"))}</MessageBarBody>
              </MessageBar>
              <div className={styles.actions}>
                <Button onClick={() => v.resolveEdits(true)}>{s.overwrite}</Button>
                <Button appearance="primary" onClick={() => v.resolveEdits(false)}>
                  {s.keepEdits}
                </Button>
              </div>
            </section>
          ) : (
            <div className={styles.actions}>
              <Button appearance="primary" onClick={v.insertOrRefresh} disabled={blocked || v.busy !== undefined}>
                {v.hasReport ? s.refresh : s.insert}
              </Button>
            </div>
          )}
          <section className={styles.section} aria-labelledby="word-totals-h">
            <h2 id="word-totals-h" className={styles.heading}>
              {s.totals}
            </h2>
            <TotalsPanel totals={v.loaded.analysis.totals} />
          </section>
        </>
      )}
    </main>
  );
}

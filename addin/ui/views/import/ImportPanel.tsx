import { Button, Field, Input, Spinner, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
import { FileDrop } from "../../components/FileDrop.js";
import { JsonFileButton } from "../../components/JsonFileButton.js";
import { LabelledMessageBar, Notice } from "../../components/Notice.js";
import { useStrings } from "../../i18n/locale.js";
import { useViewStyles } from "../view.styles.js";
import { ImportDetails } from "./ImportDetails.js";
import type { ImportPanelProps } from "./import-types.js";
import { useImportStyles } from "./import.styles.js";
import { MappingTable } from "./MappingTable.js";
import { useImport } from "./use-import.js";

/**
 * 导入已有台账 (issue 15 item 3), in the standalone page and the Excel pane: choose the clerk's own workbook, check
 * and correct the mapping, then download the standard workbook (and check it at once) or, in Excel, open it as a new
 * workbook; the mapping file goes with it, and a mapping file chosen imports the same way. Folded until asked for:
 * the page's first screen keeps one file chooser.
 */
export function ImportPanel(props: ImportPanelProps) {
  const s = useStrings();
  const styles = useViewStyles();
  const own = useImportStyles();
  const v = useImport(props);
  const headingId = useId();
  const [shown, setShown] = useState(false);
  const report = v.outcome?.report;
  const idle = v.busy === undefined;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {s.importHeading}
      </h2>
      <Text>{s.importIntro}</Text>
      {!shown ? (
        <div className={styles.actions}>
          <Button aria-expanded={false} onClick={() => setShown(true)}>
            {s.importStart}
          </Button>
        </div>
      ) : (
        <>
          <FileDrop onFile={v.open} disabled={!idle} label={s.importChooseFile} />
          {v.busy !== undefined && <Spinner size="tiny" label={v.busy} />}
          <Notice notice={v.notice} />
          {v.problem && (
            <LabelledMessageBar intent="error">
              {v.problem.text}
              {v.problem.list && (
                <ul>
                  {v.problem.list.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              )}
            </LabelledMessageBar>
          )}
          {v.choices && v.map && (
            <>
              <div className={own.fields}>
                <Field
                  className={own.field}
                  label={s.importUnionLabel}
                  {...(report && !report.unionName && !v.union ? { hint: s.importUnionMissing } : {})}
                >
                  <Input value={v.union} onChange={(_, d) => v.setUnion(d.value)} />
                </Field>
                <Field
                  className={own.field}
                  label={s.importYearLabel}
                  {...(v.yearBad
                    ? { validationMessage: s.importYearBad }
                    : report && report.year.value === undefined && !v.year
                      ? { validationMessage: s.importYearMissing, validationState: "warning" as const }
                      : {})}
                >
                  <Input value={v.year} inputMode="numeric" onChange={(_, d) => v.setYear(d.value)} />
                </Field>
                <Button onClick={v.applyTitle} disabled={v.yearBad}>
                  {s.importApply}
                </Button>
              </div>
              <h3 className={styles.heading}>{s.importMappingHeading}</h3>
              <Text>{s.importMappingIntro}</Text>
              <MappingTable
                choices={v.choices}
                map={v.map}
                report={report}
                onSheet={v.setSheetLedger}
                onColumn={v.setColumnTarget}
              />
              {report && <ImportDetails report={report} />}
              {v.outcome ? (
                <div className={styles.actions}>
                  {v.openNew && (
                    <Button appearance="primary" onClick={v.openNew} disabled={!idle}>
                      {s.importOpenNew}
                    </Button>
                  )}
                  {!v.openNew && props.inExcel && <Text>{s.importNoCreate}</Text>}
                  {!v.openNew && (
                    <Button appearance="primary" onClick={v.downloadWorkbook} disabled={!idle}>
                      {s.importDownload}
                    </Button>
                  )}
                  {v.checkNow && (
                    <Button onClick={v.checkNow} disabled={!idle}>
                      {s.importCheckNow}
                    </Button>
                  )}
                  <Button onClick={v.downloadMap} disabled={!idle}>
                    {s.importDownloadMap}
                  </Button>
                </div>
              ) : (
                <Text>{s.importFixFirst}</Text>
              )}
            </>
          )}
          {v.choices && (
            <div className={styles.actions}>
              <JsonFileButton disabled={!idle} onFile={v.chooseMapFile}>
                {s.importUploadMap}
              </JsonFileButton>
              <Text size={200}>{s.importMapHint}</Text>
            </div>
          )}
        </>
      )}
    </section>
  );
}

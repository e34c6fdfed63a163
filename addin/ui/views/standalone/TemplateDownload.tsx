import { Button, Field, Select, Spinner, Text } from "@fluentui/react-components";
import { useId } from "react";
import { BUILTIN_PROFILES } from "union-ledger";
import { JsonFileButton } from "../../components/JsonFileButton.js";
import { LabelledMessageBar, Notice } from "../../components/Notice.js";
import { useStrings } from "../../i18n/locale.js";
import { useViewStyles } from "../view.styles.js";
import { FROM_FILE, useTemplateDownload } from "./use-template-download.js";

/**
 * 下载空白模板: a Select of the built-in profiles (the general one first) and "the upper union's profile file"; with
 * that, a button opens a hidden .json input (as FileDrop does for the ledger), and the file's profile or its mistakes
 * are shown. The download is held back, and says why, while the chosen file is missing or wrong.
 */
export function TemplateDownload() {
  const s = useStrings();
  const styles = useViewStyles();
  const v = useTemplateDownload();
  const headingId = useId();
  const hintId = useId();
  const fromFile = v.choice === FROM_FILE;
  const held = v.profile === undefined;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {s.templateHeading}
      </h2>
      <Text>{s.templateIntro}</Text>
      <Field label={s.profileLabel} {...(v.profile ? { hint: s.profileSource(v.profile.source, v.profile.year) } : {})}>
        <Select value={v.choice} onChange={(_, d) => v.choose(d.value)}>
          {BUILTIN_PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={FROM_FILE}>{s.profileFileOption}</option>
        </Select>
      </Field>
      {fromFile && (
        <div className={styles.actions}>
          <JsonFileButton disabled={v.busy !== undefined} onFile={v.chooseFile}>
            {s.chooseProfileFile}
          </JsonFileButton>
        </div>
      )}
      {fromFile && v.file?.ok === true && (
        <Text role="status">{s.profileFileLoaded(v.file.profile.name, v.file.fileName)}</Text>
      )}
      {fromFile && v.file?.ok === false && (
        <LabelledMessageBar intent="error" aria-live="polite">
          {s.profileFileBad(v.file.fileName)}
          <ul>
            {v.file.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </LabelledMessageBar>
      )}
      <div className={styles.actions}>
        <Button
          onClick={v.downloadTemplate}
          disabledFocusable={held}
          disabled={v.busy !== undefined}
          {...(held ? { "aria-describedby": hintId } : {})}
        >
          {s.downloadTemplate}
        </Button>
        {held && <Text id={hintId}>{v.file?.ok === false ? s.profileFileFix : s.profileFileNeeded}</Text>}
      </div>
      {v.busy !== undefined && <Spinner size="tiny" label={v.busy} />}
      <Notice notice={v.notice} />
    </section>
  );
}

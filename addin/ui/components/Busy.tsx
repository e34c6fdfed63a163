import { Button, ProgressBar, Spinner } from "@fluentui/react-components";
import type { Stage } from "../views/use-action.js";
import { useRunning } from "../views/use-action.js";
import { useStrings } from "../i18n/locale.js";
import type { UiStrings } from "../i18n/strings.js";
import { useBusyStyles } from "./busy.styles.js";

const STAGE_TEXT = {
  read: "stageRead",
  inflate: "stageInflate",
  check: "stageCheck",
  generate: "stageGenerate",
} as const satisfies Record<Stage, keyof UiStrings>;

/**
 * Progress for long work, announced politely to screen readers: the label, the stage (读取 / 解压 / 检查 / 生成), a
 * progress bar where the work is counted, and 取消 while the work runs in the pane's worker (use-action.ts).
 */
export function Busy({ label }: { readonly label: string | undefined }) {
  const s = useStrings();
  const styles = useBusyStyles();
  const { progress, cancel } = useRunning();
  if (!label) return null;
  const stage = progress ? s[STAGE_TEXT[progress.stage]] : undefined;
  const percent = progress?.percent;
  return (
    <div className={styles.root}>
      <div className={styles.line}>
        <Spinner size="tiny" label={label} labelPosition="after" role="status" aria-live="polite" />
        <span className={styles.stage} role="status" aria-live="polite">
          {stage ? `${stage}${percent === undefined ? "" : ` ${percent}%`}` : ""}
        </span>
        {cancel && (
          <Button className={styles.cancel} size="small" onClick={cancel}>
            {s.cancel}
          </Button>
        )}
      </div>
      {percent !== undefined && (
        <ProgressBar value={percent / 100} max={1} thickness="large" aria-label={`${s.progressName}：${stage ?? ""}`} />
      )}
    </div>
  );
}

import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type DragEvent } from "react";
import { useStrings } from "../i18n/locale.js";
import { NOTICE_FOCUS_SOURCE } from "./Notice.js";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    position: "relative",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  name: { wordBreak: "break-all" },
  // Out of sight and out of the accessibility tree (the button stands for it), but laid out (1 px), so
  // a test's file chooser and tools that wait for a visible input still find it.
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    opacity: 0,
    margin: 0,
    padding: 0,
  },
});

const XLSX = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Pick or drop one .xlsx. The file is read in the browser; nothing is uploaded. A Fluent button opens
 * a file input kept out of sight (the native one says "No file chosen" in the browser's language); the
 * chosen file's name is shown beside it and describes the button. While the file is read the button
 * stays focusable (`disabledFocusable`: aria-disabled, not `disabled`, which would drop the
 * focus to <body>); the notice that ends the reading then takes the focus (NOTICE_FOCUS_SOURCE).
 */
export function FileDrop({
  onFile,
  disabled,
  label,
}: {
  readonly onFile: (f: File) => void;
  readonly disabled?: boolean;
  /** The button's text, where the page has another file chooser (导入已有台账); 选择台账文件 by default. */
  readonly label?: string;
}) {
  const s = useStrings();
  const styles = useStyles();
  const nameId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [chosen, setChosen] = useState<string>();
  const take = (f: File | undefined): void => {
    if (!f || disabled) return;
    setChosen(f.name);
    onFile(f);
  };
  const drop = (e: DragEvent): void => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files[0]);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      {...NOTICE_FOCUS_SOURCE}
    >
      <Button
        disabledFocusable={disabled === true}
        {...(chosen ? { "aria-describedby": nameId } : {})}
        onClick={() => {
          input.current?.click();
        }}
      >
        {label ?? s.chooseFile}
      </Button>
      <input
        ref={input}
        type="file"
        className={styles.input}
        aria-hidden="true"
        tabIndex={-1}
        accept={XLSX}
        disabled={disabled === true}
        onChange={(e) => {
          take(e.currentTarget.files?.[0]);
          e.currentTarget.value = ""; // the same file again (after the clerk fixed it) still fires
        }}
      />
      {chosen && (
        <Text id={nameId} className={styles.name}>
          {s.chosenFile(chosen)}
        </Text>
      )}
      <Text size={200}>{s.dropHint}</Text>
    </div>
  );
}

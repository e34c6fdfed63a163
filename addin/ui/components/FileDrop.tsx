import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState, type DragEvent } from "react";
import { useStrings } from "../i18n/locale.js";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: { maxWidth: "100%" },
});

/** Pick or drop one .xlsx. The file is read in the browser; nothing is uploaded. */
export function FileDrop({ onFile, disabled }: { readonly onFile: (f: File) => void; readonly disabled?: boolean }) {
  const s = useStrings();
  const styles = useStyles();
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent): void => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f && !disabled) onFile(f);
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
    >
      <label htmlFor={id}>{s.chooseFile}</label>
      <input
        id={id}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) onFile(f);
          e.currentTarget.value = ""; // the same file again (after the clerk fixed it) still fires
        }}
      />
      <Text size={200}>{s.dropHint}</Text>
    </div>
  );
}

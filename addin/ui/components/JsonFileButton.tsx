import { Button } from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";

/**
 * A button that opens a hidden .json file input (a profile file an upper union sent, a MAP.json): the
 * input's own "No file chosen" never shows, and the same file chosen again — after someone fixed it —
 * still fires, because the input is emptied after each choice.
 */
export function JsonFileButton({
  children,
  disabled,
  onFile,
}: {
  readonly children: ReactNode;
  readonly disabled: boolean;
  readonly onFile: (f: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button disabledFocusable={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept=".json,application/json"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) onFile(f);
          e.currentTarget.value = "";
        }}
      />
    </>
  );
}

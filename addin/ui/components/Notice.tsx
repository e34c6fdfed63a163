import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface NoticeState {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: string;
}

/** The outcome of the last action, in a live region. */
export function Notice({ notice }: { readonly notice: NoticeState | undefined }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} aria-live="polite">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}

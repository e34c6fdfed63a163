import { Button, MessageBar, MessageBarActions, MessageBarBody, useFocusFinders } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode, type Ref } from "react";
import { useStrings } from "../i18n/locale.js";
import { Typeset } from "../i18n/typeset.js";
import { DismissIcon } from "./DismissIcon.js";

export interface NoticeState {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: string;
}

/**
 * Marks the control whose work ends in a notice (the file button): when the notice comes and focus is
 * still there (or was lost to <body>), focus moves to the notice, so the clerk hears and sees the outcome.
 */
export const NOTICE_FOCUS_SOURCE = { "data-notice-focus-source": "" } as const;

/**
 * A Fluent MessageBar named by its own text. MessageBar sets `aria-labelledby` to an id it gives only
 * to a MessageBarTitle (react-message-bar's useMessageBar: `titleId` via context); with a body alone
 * that id names nothing, so the body gets an id of ours and the bar points at it. A text is typeset
 * (numbers kept with their units).
 */
export function LabelledMessageBar({
  intent,
  children,
  actions,
  barRef,
  focusable = false,
}: {
  readonly intent: NoticeState["intent"];
  readonly children: ReactNode;
  readonly actions?: ReactNode;
  readonly barRef?: Ref<HTMLDivElement>;
  /** Focusable from script (tabIndex -1), to move the focus to the outcome of an action. */
  readonly focusable?: boolean;
}) {
  const bodyId = useId();
  return (
    <MessageBar
      // Fluent's ForwardRefComponent infers its element type from the props' `ref`, which @types/react 19
      // no longer puts in props: it infers `never`. The root is a div (useMessageBar: slot.always "div").
      ref={barRef as Ref<never> | undefined}
      intent={intent}
      // Multiline: the text wraps at task-pane width. In "auto" the bar stays on one line until its reflow
      // check runs, and a long notice pushed the close button past the pane's edge.
      layout="multiline"
      aria-labelledby={bodyId}
      aria-live="polite"
      {...(focusable ? { tabIndex: -1 } : {})}
    >
      <MessageBarBody id={bodyId}>
        {typeof children === "string" ? <Typeset text={children} /> : children}
      </MessageBarBody>
      {actions}
    </MessageBar>
  );
}

/** The outcome of the last action, in a live region; the clerk can close it. */
export function Notice({ notice }: { readonly notice: NoticeState | undefined }) {
  const s = useStrings();
  const ref = useRef<HTMLDivElement>(null);
  const [closed, setClosed] = useState<NoticeState>();
  const { findNextFocusable, findPrevFocusable } = useFocusFinders();
  useEffect(() => {
    const active = document.activeElement;
    if (notice && (active === null || active === document.body || active.closest("[data-notice-focus-source]")))
      ref.current?.focus();
  }, [notice]);
  if (!notice || closed === notice) return null;
  const close = (e: MouseEvent<HTMLButtonElement>): void => {
    // The bar and its close button go away: focus the next control after the bar (the close button is
    // its last), or the one before it, never <body>.
    const to = findNextFocusable(e.currentTarget) ?? (ref.current && findPrevFocusable(ref.current));
    setClosed(notice);
    to?.focus();
  };
  return (
    <LabelledMessageBar
      barRef={ref}
      focusable
      intent={notice.intent}
      actions={
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" aria-label={s.dismiss} icon={<DismissIcon />} onClick={close} />
          }
        />
      }
    >
      {notice.text}
    </LabelledMessageBar>
  );
}

import { Button, MessageBarActions } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { LabelledMessageBar } from "../../components/Notice.js";
import { useStrings } from "../../i18n/locale.js";
import { useSheetQuestionStyles } from "./sheet-question.styles.js";
import type { FindingsSheet, SheetTaken } from "./use-findings-sheet.js";

/**
 * A clerk's sheet has the findings sheet's name: 替换 / 另存为“…(2)” / 取消, nothing written until then. Focus
 * goes to the question when it comes (the clerk hears it) and back to the button that asked once it is answered.
 */
export function SheetQuestion({ taken, sheet }: { readonly taken: SheetTaken; readonly sheet: FindingsSheet }) {
  const s = useStrings();
  const styles = useSheetQuestionStyles();
  const bar = useRef<HTMLDivElement>(null);
  const back = useRef<Element | null>(null);
  useEffect(() => {
    back.current = document.activeElement;
    bar.current?.querySelector("button")?.focus();
  }, [taken]);
  const answer = (choose: () => void) => () => {
    choose();
    if (back.current instanceof HTMLElement) back.current.focus();
  };
  return (
    <LabelledMessageBar
      barRef={bar}
      intent="warning"
      actions={
        <MessageBarActions className={styles.actions}>
          <Button className={styles.answer} onClick={answer(sheet.replace)}>
            {s.replaceSheet}
          </Button>
          <Button className={styles.answer} onClick={answer(sheet.writeToFree)}>
            {s.writeToFree(taken.free)}
          </Button>
          <Button className={styles.answer} onClick={answer(sheet.cancel)}>
            {s.cancel}
          </Button>
        </MessageBarActions>
      }
    >
      {s.sheetTaken(taken.name)}
    </LabelledMessageBar>
  );
}

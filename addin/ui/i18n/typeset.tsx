import { makeStaticStyles, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * A number with its unit, a date, an amount: text that must not break across lines. Chinese lets a
 * line break between a digit and a Han character (UAX #14: NU then ID), so "451元" could end one
 * line with "451" and start the next with "元", and "2024-05-04" breaks at its hyphens.
 */
const KEEP = new RegExp(
  [
    String.raw`\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?`, // 2024-05-04, 2024-05-04 09:30
    String.raw`\d{4}年\d{1,2}月(?:\d{1,2}日)?`, // 2024年5月4日, 2024年5月
    String.raw`[¥￥]?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|万元|元|人次|人|次|个|条|户|处|项|部分|月份|月|年度|年|日)?`,
  ].join("|"),
  "gu",
);

const useStyles = makeStyles({ keep: { whiteSpace: "nowrap" } });

/**
 * CSS Text 4 `text-autospace: normal`: a small gap (1/8 em) between Han and Latin letters or digits,
 * drawn by the browser, so the texts keep no spaces of their own around numbers (Chromium 140+,
 * hence WebView2; elsewhere the text simply stays unspaced). It inherits: set once on the page.
 */
const useAutospace = makeStaticStyles("body { text-autospace: normal; }");

/** Called once by the locale provider, which wraps every view. */
export const useTypography = (): void => useAutospace();

/** Text with each number-and-unit, date and amount kept on one line (a nowrap span). */
export function Typeset({ text }: { readonly text: string }) {
  const styles = useStyles();
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(KEEP)) {
    const at = m.index;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(
      <span key={at} className={styles.keep}>
        {m[0]}
      </span>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

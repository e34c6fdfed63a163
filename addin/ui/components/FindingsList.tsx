import { Badge, Button, Link, Text, mergeClasses } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { findingMessage, type Finding } from "union-ledger";
import { useLocale, useStrings } from "../i18n/locale.js";
import { Typeset } from "../i18n/typeset.js";
import { useFindingsListStyles } from "./findings-list.styles.js";
import { useFindingGroups, type FindingGroup } from "./use-findings-groups.js";
import { ROVING_ITEM, useRovingFocus } from "./use-roving-focus.js";

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** Called for a finding with a cell; absent where there is no workbook to jump into. */
  readonly onSelect?: (f: Finding) => void;
}

/** Findings shown per sheet before 显示全部. */
const SHOWN = 30;

function FindingLine({ f }: { readonly f: Finding }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useFindingsListStyles();
  return (
    <>
      <Badge appearance="filled" className={styles.badge} color={f.severity === "error" ? "danger" : "warning"}>
        {f.severity === "error" ? s.error : s.warning}
      </Badge>
      <span className={styles.cell}>{f.cell ?? ""}</span>
      <span className={styles.message}>
        <Typeset text={findingMessage(f, locale)} />
      </span>
    </>
  );
}

/**
 * One sheet's findings. The list is one tab stop: Tab enters it at the finding last visited, the
 * arrow keys move between findings, Tab leaves (a roving tabindex); Enter or Space on a finding still
 * selects its cell. 显示全部 moves the focus to the first finding it brought in, as the link it was on
 * goes away.
 */
function SheetFindings({
  group,
  onSelect,
}: {
  readonly group: FindingGroup;
  readonly onSelect?: (f: Finding) => void;
}) {
  const s = useStrings();
  const styles = useFindingsListStyles();
  const roving = useRovingFocus();
  const list = useRef<HTMLUListElement>(null);
  const [all, setAll] = useState(false);
  const focusFirstNew = useRef(false);
  useEffect(() => {
    if (!all || !focusFirstNew.current) return;
    focusFirstNew.current = false;
    list.current?.querySelectorAll<HTMLElement>("[data-finding]")[SHOWN]?.focus();
  }, [all]);
  const shown = all ? group.items : group.items.slice(0, SHOWN);
  // Each finding with a cell is a button in the roving group; its place among them gives its tabIndex.
  const buttons = onSelect ? shown.filter((f) => f.cell).length : 0;
  let button = 0;
  const title = s.sheetGroup(group.sheet, group.errors, group.warnings);
  return (
    <section className={styles.group} aria-label={title}>
      <Text as="h3" className={styles.groupTitle}>
        <Typeset text={title} />
      </Text>
      <ul ref={list} className={styles.list} onFocus={roving.onFocus} onKeyDown={roving.onKeyDown}>
        {shown.map((f, i) => (
          <li key={`${f.code}-${f.cell ?? ""}-${i}`}>
            {onSelect && f.cell ? (
              <Button
                appearance="subtle"
                className={styles.item}
                onClick={() => onSelect(f)}
                title={s.goToCell(f.cell)}
                data-cell={`${f.sheet}!${f.cell}`}
                data-finding=""
                tabIndex={roving.tabIndexOf(button++, buttons)}
                {...ROVING_ITEM}
              >
                <FindingLine f={f} />
              </Button>
            ) : (
              // Focusable only from script (after 显示全部): there is nothing to do on a finding without a cell.
              <div className={mergeClasses(styles.item, styles.static)} tabIndex={-1} data-finding="">
                <FindingLine f={f} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {!all && group.items.length > SHOWN && (
        <Link
          as="button"
          onClick={() => {
            focusFirstNew.current = true;
            setAll(true);
          }}
        >
          {s.more(group.items.length - SHOWN)}
        </Link>
      )}
    </section>
  );
}

/** Findings by sheet, errors first; each with a cell is a button that selects it. */
export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const s = useStrings();
  const styles = useFindingsListStyles();
  const groups = useFindingGroups(findings);
  if (findings.length === 0) return <Text role="status">{s.noFindings}</Text>;
  return (
    <div className={styles.root}>
      {groups.map((g) => (
        <SheetFindings key={g.sheet} group={g} {...(onSelect ? { onSelect } : {})} />
      ))}
    </div>
  );
}

import { Badge, Button, Link, Text, mergeClasses } from "@fluentui/react-components";
import { useState } from "react";
import { findingMessage, type Finding } from "union-ledger";
import { useLocale, useStrings } from "../i18n/locale.js";
import { useFindingsListStyles } from "./findings-list.styles.js";
import { useFindingGroups } from "./use-findings-groups.js";

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** Called for a finding with a cell; absent where there is no workbook to jump into. */
  readonly onSelect?: (f: Finding) => void;
}

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
      <span className={styles.message}>{findingMessage(f, locale)}</span>
    </>
  );
}

/** Findings by sheet, errors first; each with a cell is a button that selects it (keyboard: Tab, Enter). */
export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const s = useStrings();
  const styles = useFindingsListStyles();
  const groups = useFindingGroups(findings);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  if (findings.length === 0) return <Text role="status">{s.noFindings}</Text>;
  return (
    <div className={styles.root}>
      {groups.map((g) => {
        const all = expanded.has(g.sheet);
        const shown = all ? g.items : g.items.slice(0, SHOWN);
        return (
          <section key={g.sheet} className={styles.group} aria-label={s.sheetGroup(g.sheet, g.errors, g.warnings)}>
            <Text as="h3" className={styles.groupTitle}>
              {s.sheetGroup(g.sheet, g.errors, g.warnings)}
            </Text>
            <ul className={styles.list}>
              {shown.map((f, i) => (
                <li key={`${f.code}-${f.cell ?? ""}-${i}`}>
                  {onSelect && f.cell ? (
                    <Button
                      appearance="subtle"
                      className={styles.item}
                      onClick={() => onSelect(f)}
                      title={s.goToCell(f.cell)}
                      data-cell={`${f.sheet}!${f.cell}`}
                    >
                      <FindingLine f={f} />
                    </Button>
                  ) : (
                    <div className={mergeClasses(styles.item, styles.static)}>
                      <FindingLine f={f} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
            {!all && g.items.length > SHOWN && (
              <Link as="button" onClick={() => setExpanded(new Set([...expanded, g.sheet]))}>
                {s.more(g.items.length - SHOWN)}
              </Link>
            )}
          </section>
        );
      })}
    </div>
  );
}

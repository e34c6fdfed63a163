import type { Analysis } from "../analysis/analyze.js";
import type { Finding } from "../findings/finding.js";
import type { Profile } from "../profiles/profile.js";
import type { Totals } from "../totals/totals.js";
import { figures, type FigureContext, type Figures } from "./figures.js";

/** Everything a section needs: the numbers, the findings, and a deterministic choice of words. */
export interface NarrativeContext extends FigureContext {
  readonly f: Figures;
  readonly findings: readonly Finding[];
  readonly profile: Profile;
  readonly upperUnion: string | undefined;
  /** The most-attended activities' names, most first (names only: no number without a total). */
  readonly topActivities: readonly string[];
  /** One of several phrasings, fixed per union and year so a refresh does not reword the text. */
  readonly vary: (key: string, options: readonly string[]) => string;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function narrativeContext(a: Analysis, prior: Totals | undefined): NarrativeContext {
  // By code, plus the pseudo-codes "error" and "warning" for counts by severity.
  const findingCounts: Record<string, number> = { ...a.tally.byCode, error: a.tally.errors, warning: a.tally.warnings };
  const base: FigureContext = prior ? { totals: a.totals, prior, findingCounts } : { totals: a.totals, findingCounts };
  const seed = `${a.totals.unionName}${a.totals.fiscalYear}`;
  const top = [...a.ledger.activities.rows]
    .filter((r) => r.values.name !== undefined && (r.values.participants ?? 0) > 0)
    .sort((x, y) => (y.values.participants ?? 0) - (x.values.participants ?? 0))
    .map((r) => r.values.name as string);
  return {
    ...base,
    f: figures(base),
    findings: a.findings,
    profile: a.profile,
    upperUnion: a.ledger.info.upperUnion,
    topActivities: [...new Set(top)].slice(0, 3),
    vary: (key, options) => options[hash(seed + key) % options.length] ?? options[0] ?? "",
  };
}

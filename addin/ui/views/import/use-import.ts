import { useRef, useState } from "react";
import {
  importChoices,
  importLedger,
  parseImportMap,
  type ImportChoices,
  type ImportMap,
  type ImportOutcome,
} from "union-ledger";
import { fileBytes } from "../../../browser/workbook-file.js";
import { APP_VERSION } from "../../app/version.js";
import type { NoticeState } from "../../components/Notice.js";
import { useLocale, useStrings } from "../../i18n/locale.js";
import { importOutputs, NO_OUTPUTS } from "./import-outputs.js";
import { importProblem, type ImportProblem } from "./import-problem.js";
import { withColumnTarget, withoutTitle, withSheetLedger } from "./map-edit.js";
import type { ImportPanelProps, ImportState } from "./import-types.js";

const YEAR = /^\s*(\d{4})\s*$/u;

/** The clerk's workbook as chosen: its name, its bytes (never changed) and what its sheets can be read as. */
interface Source {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly choices: ImportChoices;
}

/**
 * 导入已有台账: the core's importLedger on the main thread, loaded on first use with the template writer (exceljs).
 * Not in the pane's worker: that is one classic script without chunks, which would then carry a second copy of
 * exceljs inlined into the standalone page. Every change of the table runs the import again with the edited map;
 * only the last run's outcome is shown (`latest`).
 */
export function useImport(props: ImportPanelProps): ImportState {
  const s = useStrings();
  const locale = useLocale();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const [source, setSource] = useState<Source>();
  const [map, setMap] = useState<ImportMap>();
  const [edited, setEdited] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [problem, setProblem] = useState<ImportProblem>();
  const [year, setYear] = useState("");
  const [union, setUnion] = useState("");
  const latest = useRef(0);
  const yearValue = YEAR.exec(year)?.[1];
  const yearBad = year.trim() !== "" && (yearValue === undefined || +yearValue < 2000 || +yearValue > 2100);

  const act = (label: string, job: () => Promise<NoticeState | undefined>): void => {
    const run = ++latest.current;
    setBusy(label);
    job()
      .then((n) => run === latest.current && setNotice(n))
      .catch((e: unknown) => setNotice({ intent: "error", text: s.failed(e instanceof Error ? e.message : String(e)) }))
      .finally(() => run === latest.current && setBusy(undefined));
  };

  /** One import: detection when `edits` is undefined, else exactly as the edited map says. */
  const run = (src: Source, edits: ImportMap | undefined, title: { year: string; union: string }, done?: string) =>
    act(s.importing, async () => {
      const mine = latest.current;
      const y = YEAR.exec(title.year)?.[1];
      const u = title.union.trim();
      const r = await importLedger(src.bytes, {
        generator: `union-ledger ${APP_VERSION}`,
        ...(y ? { year: Number(y) } : {}),
        ...(u ? { unionName: u } : {}),
        ...(edits ? { map: edits } : {}),
      });
      if (mine !== latest.current) return undefined; // a later change runs again: its outcome is the one shown
      if (!r.ok) {
        setOutcome(undefined);
        setProblem(importProblem(r.error, s, locale));
        setMap(edits ?? src.choices.draft);
        return undefined;
      }
      setOutcome(r.value);
      setProblem(undefined);
      setMap(edits ?? r.value.map);
      const { report } = r.value;
      // What the file said, shown in the fields (then passed back as options, which it already was).
      if (!title.year.trim() && report.year.value !== undefined) setYear(String(report.year.value));
      if (!u && report.unionName) setUnion(report.unionName);
      const rows = report.sheets.reduce((n, x) => n + x.rows, 0);
      return { intent: "success", text: done ?? s.importDone(report.sheets.length, rows) };
    });

  const rerun = (edits: ImportMap): void => {
    if (!source) return;
    setEdited(true);
    setMap(edits);
    run(source, edits, { year, union });
  };

  return {
    busy,
    notice,
    fileName: source?.fileName,
    choices: source?.choices,
    map,
    outcome,
    problem,
    year,
    union,
    yearBad,
    setYear,
    setUnion,
    applyTitle: () => {
      if (source && !yearBad) run(source, edited && map ? withoutTitle(map) : undefined, { year, union });
    },
    open: (f) =>
      act(s.reading, async () => {
        setSource(undefined);
        setOutcome(undefined);
        setProblem(undefined);
        setMap(undefined);
        setEdited(false);
        setYear("");
        setUnion("");
        const bytes = await fileBytes(f);
        const choices = await importChoices(bytes);
        if (!choices.ok) {
          setProblem(importProblem(choices.error, s, locale));
          return undefined;
        }
        const src = { fileName: f.name, bytes, choices: choices.value };
        setSource(src);
        // Queued after this job: its own busy label and notice.
        queueMicrotask(() => run(src, undefined, { year: "", union: "" }));
        return undefined;
      }),
    setSheetLedger: (sheet, label) => {
      if (source && map) rerun(withSheetLedger(source.choices, map, sheet, label));
    },
    setColumnTarget: (sheet, column, to) => {
      if (map) rerun(withColumnTarget(map, sheet, column, to));
    },
    chooseMapFile: (f) => {
      if (!source) return;
      act(s.importing, async () => {
        const parsed = parseImportMap((await f.text()).replace(/^\uFEFF/u, ""));
        if (!parsed.ok) {
          setProblem({ text: s.importMapBad(f.name), list: parsed.problems });
          setOutcome(undefined);
          return undefined;
        }
        const title = { year: parsed.map.year ? String(parsed.map.year) : year, union: parsed.map.union ?? union };
        setYear(title.year);
        setUnion(title.union);
        setEdited(true);
        setMap(parsed.map);
        queueMicrotask(() => run(source, parsed.map, title, s.importMapUsed(f.name)));
        return undefined;
      });
    },
    ...(source && outcome ? importOutputs(props, s, source.fileName, outcome, setNotice, act) : NO_OUTPUTS),
  };
}

import {
  writeReportDocx,
  writeReportFragments,
  type ChartRenderer,
  type Fragment,
  type LinkRecord,
  type Report,
  type WrittenReport,
} from "union-ledger";
import { sha256Hex } from "./crypto.js";

/**
 * The report's .docx writers as the pane's worker runs them (worker/pane-worker.ts); `charts` gives the PNG
 * pictures, drawn on the main thread by chart-png.ts.
 */
const options = (charts: ChartRenderer) => ({ charts, sha256: (t: string) => sha256Hex(t) });

/** The whole report .docx and the link written into it (standalone download, Word insert). */
export const reportDocx = (report: Report, charts: ChartRenderer, acknowledgement?: string): Promise<WrittenReport> =>
  writeReportDocx(report, options(charts), acknowledgement);

/** Per-control fragments and the new link (Word refresh). */
export const reportFragments = (
  report: Report,
  charts: ChartRenderer,
): Promise<{ fragments: Map<string, Fragment>; link: LinkRecord }> => writeReportFragments(report, options(charts));

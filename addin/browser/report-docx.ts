import {
  writeReportDocx,
  writeReportFragments,
  type Fragment,
  type LinkRecord,
  type Report,
  type WrittenReport,
} from "union-ledger";
import { pngCharts } from "./chart-png.js";
import { sha256Hex } from "./crypto.js";

const options = { charts: pngCharts, sha256: (t: string) => sha256Hex(t) };

/** The whole report .docx and the link written into it (standalone download, Word insert), charts as PNG. */
export const reportDocx = (report: Report, acknowledgement?: string): Promise<WrittenReport> =>
  writeReportDocx(report, options, acknowledgement);

/** Per-control fragments and the new link (Word refresh). */
export const reportFragments = (report: Report): Promise<{ fragments: Map<string, Fragment>; link: LinkRecord }> =>
  writeReportFragments(report, options);

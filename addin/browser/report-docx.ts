import { reportLink, writeReportDocx, writeReportFragments, type Fragment } from "../../src/docx/write.js";
import type { LinkRecord } from "../../src/docx/link.js";
import type { Report } from "../../src/report/model.js";
import { pngCharts } from "./chart-png.js";
import { nonceHex, sha256Hex } from "./crypto.js";

const options = () => ({ charts: pngCharts, nonce: nonceHex(), sha256: (t: string) => sha256Hex(t) });

/** The whole report .docx (standalone download, Word insert), charts as PNG. */
export const reportDocx = (report: Report, acknowledgement?: string): Promise<Uint8Array> => writeReportDocx(report, options(), acknowledgement);

/** Per-control fragments and the new link (Word refresh). */
export const reportFragments = (report: Report): Promise<{ fragments: Map<string, Fragment>; link: LinkRecord }> => writeReportFragments(report, options());

/** The link record of a report (source, control hashes), written into the document by the Word pane. */
export const linkOf = (report: Report): Promise<LinkRecord> => reportLink(report, (t) => sha256Hex(t));

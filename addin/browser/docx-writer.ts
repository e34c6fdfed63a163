/**
 * The .docx writer (docx, ECharts' canvas charts) is the heaviest part of the Word and standalone
 * views and is needed only when a report is written: loaded then, as a chunk of its own.
 */
export const docxWriter = () => import(/* webpackChunkName: "docx-writer" */ "./report-docx.js");

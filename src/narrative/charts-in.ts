import type { ChartSection, ChartSpec } from "../charts/spec.js";
import type { ChartBlock } from "../report/model.js";

/** The charts a section shows, in the charts' order: every chart declares its section (charts/spec.ts). */
export const chartsIn = (charts: readonly ChartSpec[], section: ChartSection): ChartBlock[] =>
  charts.filter((c) => c.section === section).map((chart) => ({ kind: "chart", chart }));

import { PaneClient } from "./pane-client.js";

/** The page's one worker client: the worker's code and the chart drawer are chunks loaded on first use. */
export const pane = new PaneClient(
  async () => (await import(/* webpackChunkName: "pane-worker" */ "./worker-source.js")).WORKER_CODE,
  async () => (await import(/* webpackChunkName: "chart-png" */ "../chart-png.js")).chartPngTask,
);

// The worker's code, built first by webpack (webpack.config.js, the "pane-worker" build) and inlined here as text:
// the task pane loads it as a lazy chunk, the standalone page carries it in its one file.
import code from "pane-worker-code";

export const WORKER_CODE: string = code;

// webpack's asset modules (webpack.config.js): an .xlsx is inlined as a data: URL string.
declare module "*.xlsx" {
  const url: string;
  export default url;
}

// The pane worker's bundled code as text (webpack.config.js: alias pane-worker-code, asset/source).
declare module "pane-worker-code" {
  const code: string;
  export default code;
}

// A page's source as text (webpack.config.js: resourceQuery raw, asset/source): the standalone page's 使用说明.
declare module "*.html?raw" {
  const text: string;
  export default text;
}

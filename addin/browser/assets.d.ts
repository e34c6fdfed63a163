// webpack's asset modules (webpack.config.js): an .xlsx is inlined as a data: URL string.
declare module "*.xlsx" {
  const url: string;
  export default url;
}

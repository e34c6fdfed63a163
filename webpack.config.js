// The Office add-in and the standalone page → dist/addin/ (the CLI's dist/src and dist/cli stay apart).
//
//   npm run build:addin     production build (also part of `npm run build`), plus dist/manifest.xml
//   npm run dev-server      https://localhost:3000 with office-addin-dev-certs' certificate
//
// Pages: taskpane.html (Excel and Word pane), commands.html (the ribbon's FunctionFile), and
// standalone.html (no Office, no network, works from file://: one self-contained file, its script and the
// worker's inlined, allowed by the CSP's hash of it). Reading, checking and report writing run in a worker
// (addin/browser/worker/pane-worker.ts), built first as a script of its own and inlined as text into the pages
// (the pane: a lazy chunk), which start it from a blob: URL. exceljs is its browser build (exceljs/dist/exceljs.min.js), in the pane a lazy chunk
// of whatever `import()` first reaches it, so the Excel view starts without it.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { EsbuildPlugin } from "esbuild-loader";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import { configuredAddinUrl, DEV_URL, rewriteManifest } from "./scripts/addin-manifest.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
// ADDIN_OUT: another output folder (parallel builds of work in progress); its parent gets the build files.
const outDir = process.env.ADDIN_OUT ? path.resolve(process.env.ADDIN_OUT) : path.join(root, "dist/addin");
const DEV_PORT = 3000;
// The worker's script, built before the pages and inlined into them as text (beside the add-in's folder).
const workerDir = path.join(path.dirname(outDir), "pane-worker");

/**
 * What esbuild lowers newer syntax to: the webviews Office uses today (Microsoft 365 and Office 2021+ on Windows:
 * Edge WebView2, evergreen Chromium; Office on Mac: WKWebView, Safari of the macOS versions Office supports) and the
 * clerks' browsers for the standalone page (Chromium-based: Edge, Chrome, 360, QQ). All of them run class fields,
 * `#private` members and `#x in o` natively (Chrome 91, Safari 15, Firefox 90), so esbuild leaves the reader's
 * classes as written: lowered for es2018 they became WeakMap helpers, the same read 2.3× slower in Chromium.
 */
const TARGET = ["chrome91", "edge91", "safari15", "firefox90"];
/** webpack's own runtime code: the same browsers. */
const WEBPACK_TARGET = "es2020";

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * The Content-Security-Policy of a page. No outside connections; Office's own script is the only
 * outside source, and only on the Office pages. Styles: Fluent UI (Griffel) injects <style> elements.
 * The dev server's live-reload socket needs connect-src 'self' (CSP3 lets 'self' match wss: on the
 * same host); the production pages connect nowhere.
 */
function csp({ office, dev, worker }) {
  return [
    "default-src 'self'",
    `script-src 'self'${office ? ` ${OFFICE_JS_ORIGIN}` : ""}`,
    // The pane's worker, started from a blob: URL of its code (addin/browser/worker/pane-client.ts).
    ...(worker ? ["worker-src blob:"] : []),
    `connect-src ${dev ? "'self'" : "'none'"}`,
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/** Source bytes of a chunk's modules by npm package (or src/, addin/), biggest first. */
function composition(compilation, chunk) {
  const bytes = new Map();
  const visit = (m) => {
    // A concatenated module (scope hoisting) holds the modules it was made of.
    if (m.modules) return m.modules.forEach(visit);
    const resource = m.nameForCondition?.() ?? "";
    const rel = path.relative(root, resource);
    const key =
      /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(rel)?.[1]?.replace("\\", "/") ??
      (resource ? rel.split(path.sep)[0] : "(webpack)");
    bytes.set(key, (bytes.get(key) ?? 0) + m.size());
  };
  for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(m);
  return Object.fromEntries([...bytes].sort((a, b) => b[1] - a[1]));
}

/**
 * After each build to disk: dist/addin-build.json (chunks, for scripts/bundle-sizes.mjs) and, in
 * production, dist/manifest.xml with the production address.
 */
class AddinBuildFilesPlugin {
  constructor({ writeManifest }) {
    this.writeManifest = writeManifest;
  }
  apply(compiler) {
    compiler.hooks.done.tap("AddinBuildFilesPlugin", (stats) => {
      if (stats.hasErrors()) return;
      const distDir = path.dirname(outDir);
      mkdirSync(distDir, { recursive: true });
      if (this.writeManifest) {
        const url = configuredAddinUrl() ?? DEV_URL;
        const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
        writeFileSync(path.join(distDir, "manifest.xml"), url === DEV_URL ? xml : rewriteManifest(xml, url));
        const note =
          url === DEV_URL ? " (no production address configured: set ADDIN_URL or package.json config.addin_url)" : "";
        console.log(`wrote dist/manifest.xml for ${url}${note}`);
      }
      const json = stats.toJson({
        all: false,
        entrypoints: true,
        chunkGroups: true,
        chunks: true,
        chunkOrigins: true,
        ids: true,
        assets: false,
      });
      const entrypoints = Object.fromEntries(
        Object.entries(json.entrypoints ?? {}).map(([name, ep]) => [
          name,
          ep.assets
            .map((a) => inlinedInto.get(a.name) ?? a.name)
            .filter((f) => f.endsWith(".js") || f.endsWith(".html")),
        ]),
      );
      const namedChunkGroups = Object.fromEntries(
        Object.entries(json.namedChunkGroups ?? {})
          .filter(([name]) => !(name in entrypoints))
          .map(([name, g]) => [name, g.assets.map((a) => a.name).filter((f) => f.endsWith(".js"))]),
      );
      const compositions = new Map([...stats.compilation.chunks].map((c) => [c.id, composition(stats.compilation, c)]));
      const chunks = (json.chunks ?? []).map((c) => ({
        id: c.id,
        names: c.names,
        initial: c.initial,
        files: c.files.filter((f) => f.endsWith(".js")),
        // Where it is loaded from, to tell a lazy chunk's purpose.
        origins: [...new Set((c.origins ?? []).map((o) => `${o.moduleName ?? "(entry)"} → ${o.request ?? ""}`))],
        // What it is made of: source bytes (before tree-shaking and minifying) by package, or by top folder of ours.
        composition: compositions.get(c.id) ?? {},
      }));
      writeFileSync(
        path.join(distDir, "addin-build.json"),
        `${JSON.stringify({ entrypoints, namedChunkGroups, chunks }, null, 2)}\n`,
      );
    });
  }
}

/** Scripts inlined into a page, by file name → the page (AddinBuildFilesPlugin lists the page in their place). */
const inlinedInto = new Map();

/**
 * Makes a page one self-contained file: its script (with the worker's code in it) goes inline, the file beside it is
 * not written, and the page's CSP allows that one script by its hash ('sha256-…', CSP Level 2) instead of 'self',
 * never by 'unsafe-inline'. An upper union mails the one file; a clerk opens the saved attachment from file://.
 */
class InlineScriptPlugin {
  constructor(page) {
    this.page = page;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("InlineScriptPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("InlineScriptPlugin", (data) => {
        if (data.outputName !== this.page) return data;
        const tags = [...data.html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g)];
        if (tags.length !== 1) throw new Error(`${this.page}: expected one script, found ${tags.length}`);
        const [tag, file] = tags[0];
        // An inline script ends at the first "</script"; "<!--" can change how it is parsed (HTML § script data).
        // "\x3C" is "<" in a string, a template or a regular expression alike; esbuild's output has neither outside them.
        const code = compilation
          .getAsset(file)
          .source.source()
          .toString()
          .replace(/<(\/script|!--)/gi, "\\x3C$1");
        const hash = createHash("sha256").update(code, "utf8").digest("base64");
        const html = data.html.replace(tag, () => `<script>${code}</script>`);
        const policy = /script-src 'self'(?=;)/;
        if (!policy.test(html)) throw new Error(`${this.page}: no "script-src 'self'" to replace in its CSP`);
        compilation.deleteAsset(file);
        inlinedInto.set(file, this.page);
        return { ...data, html: html.replace(policy, `script-src 'sha256-${hash}'`) };
      });
    });
  }
}

/**
 * Writes the worker's script where the pages' build reads it (workerDir), also when the dev server keeps the
 * output in memory.
 */
class WorkerFilePlugin {
  apply(compiler) {
    compiler.hooks.assetEmitted.tap("WorkerFilePlugin", (name, { content }) => {
      mkdirSync(workerDir, { recursive: true });
      if (name.endsWith(".js")) writeFileSync(path.join(workerDir, name), content);
    });
  }
}

/**
 * https for the dev server: office-addin-dev-certs' localhost certificate, whose CA it installs into
 * the system's (or the user's) trust store the first time, so Office trusts the pane. Where that
 * cannot be done (Linux without sudo; ADDIN_DEV_CERTS=self-signed), webpack-dev-server's own
 * self-signed certificate, with a warning: browsers and Office will not trust it.
 */
async function devServerHttps() {
  if (process.env.ADDIN_DEV_CERTS !== "self-signed") {
    try {
      const { getHttpsServerOptions } = await import("office-addin-dev-certs");
      return { type: "https", options: await getHttpsServerOptions() };
    } catch (e) {
      console.warn(
        `\n[dev-server] office-addin-dev-certs could not provide a trusted certificate:\n  ${String(e?.message ?? e)
          .split("\n")
          .join("\n  ")}\n` +
          "  Serving with a self-signed certificate that Office will not trust. Run `npx office-addin-dev-certs install` and restart.\n",
      );
    }
  }
  return { type: "https" };
}

export default async (env = {}, argv = {}) => {
  const mode = argv.mode ?? (env.WEBPACK_SERVE ? "development" : "production");
  const dev = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);

  // Certificates only for the dev server: `npm run build` never needs them.
  let devServer;
  if (serving) {
    devServer = {
      host: "localhost",
      port: DEV_PORT,
      server: await devServerHttps(),
      // Office on the web loads the pane from another origin; the files are public anyway.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false, runtimeErrors: true } },
      devMiddleware: { writeToDisk: false },
    };
  }

  const page = (name, { template, office, worker, chunks }) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      inject: "body",
      scriptLoading: "defer",
      csp: csp({ office, dev, worker }),
      minify: dev ? false : { collapseWhitespace: true, removeComments: true, keepClosingSlash: true },
    });

  // What both builds resolve and compile alike.
  const resolve = {
    extensions: [".tsx", ".ts", ".js", ".mjs", ".json"],
    // src/ imports "./x.js" (NodeNext style) for ./x.ts.
    extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    alias: {
      // The core, through its public entry only (addin/tsconfig.json maps it the same way; lint forbids deeper imports).
      "union-ledger$": path.join(root, "src/index.ts"),
      // exceljs' browser build (browserify, with its own zip and stream shims); the pane loads it lazily.
      exceljs$: path.join(root, "node_modules/exceljs/dist/exceljs.min.js"),
      // The worker's script as built by the first build (asset/source below: its text).
      "pane-worker-code$": path.join(workerDir, "pane-worker.js"),
    },
  };
  const tsRule = {
    test: /\.[cm]?tsx?$/,
    exclude: /node_modules/,
    loader: "esbuild-loader",
    options: { target: TARGET, jsx: "automatic", tsconfig: path.join(root, "addin/tsconfig.json") },
  };
  // Two lazy modules of the core's entry (src/index.ts) the panes never call: the template writer (exceljs; the
  // pane opens the committed template instead) and native Word charts (the panes draw PNGs). Left out, so the
  // pane builds no dead chunk and the standalone page and the worker, which inline every import(), do not carry them.
  // The pages keep the template writer (`withTemplate`): the standalone page's 下载空白模板 and 导入已有台账 run it on
  // the main thread (the import: loaded on first use). The worker carries neither, nor the import (issue 15).
  const unusedCore = (withTemplate = false) =>
    new webpack.IgnorePlugin({
      resourceRegExp: withTemplate
        ? /^\.\/charts\/native-chart\.js$/
        : /^\.\/(template\/generate|charts\/native-chart|import\/import|import\/choices)\.js$/,
      contextRegExp: /[\\/]src$/,
    });
  const optimization = { minimizer: [new EsbuildPlugin({ target: TARGET, legalComments: "eof" })] };

  // The pane's worker: reading, checking and the .docx writer in one classic script, no chunks (it runs from a
  // blob: URL, which has no folder to load chunks from).
  const workerBuild = {
    name: "pane-worker",
    mode,
    context: root,
    target: ["webworker", WEBPACK_TARGET],
    entry: { "pane-worker": { import: "./addin/browser/worker/pane-worker.ts", asyncChunks: false } },
    output: { path: workerDir, filename: "[name].js", publicPath: "", clean: true },
    devtool: false,
    performance: { hints: false },
    resolve,
    module: {
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
      rules: [{ test: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/, sideEffects: false }, tsRule],
    },
    optimization,
    plugins: [unusedCore(), new WorkerFilePlugin()],
    stats: dev ? "minimal" : { preset: "errors-warnings", timings: true },
  };

  const pagesBuild = {
    name: "pages",
    dependencies: ["pane-worker"],
    mode,
    context: root,
    target: ["web", WEBPACK_TARGET],
    entry: {
      taskpane: "./addin/taskpane/main.tsx",
      commands: "./addin/commands/commands.ts",
      // Everything in one file: opened from file://, and nothing fetched but that file. Its own layer
      // gives it its own copy of the shared modules: webpack reuses the taskpane's lazy chunk for an
      // import() the two entries share, whatever asyncChunks says, unless the modules differ.
      standalone: { import: "./addin/standalone/main.tsx", layer: "standalone", asyncChunks: false },
    },
    output: {
      path: outDir,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "chunks/[name].js" : "chunks/[name].[contenthash:8].js",
      // Relative to the script that loads a chunk: works under any production path and from file://.
      publicPath: "auto",
      clean: true,
    },
    experiments: { layers: true },
    // No eval-based source maps: the CSP has no 'unsafe-eval'.
    devtool: dev ? "source-map" : false,
    performance: { hints: false },
    resolve,
    module: {
      // A prebuilt, minified UMD bundle: nothing for webpack to resolve inside it.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
      rules: [
        // Importing exceljs has no side effect the pages need: a module that only imports it for a
        // function the page never calls (src/analyze.ts → src/workbook/load.ts) then drops out of
        // the first load, and exceljs stays in the lazy chunk of whoever `import("exceljs")`s.
        { test: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/, sideEffects: false },
        tsRule,
        // A page as text (`import … from "…/help.html?raw"`): the standalone page's built-in 使用说明. The query keeps
        // this rule off the same file as HtmlWebpackPlugin's template.
        { resourceQuery: /^\?raw$/, type: "asset/source" },
        // The worker's built script, as text (addin/browser/worker/worker-source.ts).
        { test: /pane-worker[\\/]pane-worker\.js$/, type: "asset/source" },
        // Images: inlined under 8 KiB (img-src allows data:), else a file next to the page.
        { test: /\.(png|svg)$/, type: "asset", generator: { filename: "assets/[name].[contenthash:8][ext]" } },
        // A bundled workbook (the standard template for Excel.createWorkbook) as a base64 data: URL in
        // the importing chunk: nothing to fetch (connect-src 'none').
        { test: /\.xlsx$/, type: "asset/inline" },
      ],
    },
    optimization,
    plugins: [
      unusedCore(true),
      page("taskpane", { template: "addin/taskpane/taskpane.html", office: true, worker: true, chunks: ["taskpane"] }),
      page("commands", { template: "addin/commands/commands.html", office: true, chunks: ["commands"] }),
      // 使用说明: static, no script (linked from every page's footer, the manifest's SupportUrl and LearnMoreUrl).
      page("help", { template: "addin/help/help.html", office: false, chunks: [] }),
      page("standalone", {
        template: "addin/standalone/standalone.html",
        office: false,
        worker: true,
        chunks: ["standalone"],
      }),
      // One file: from file:// with nothing beside it (the dev server serves it as built, script beside it).
      ...(serving ? [] : [new InlineScriptPlugin("standalone.html")]),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/icon-*.png", to: "assets/[name][ext]" }],
      }),
      // Not for the dev server: its files live in memory, and dist/ must keep describing the last build.
      ...(serving ? [] : [new AddinBuildFilesPlugin({ writeManifest: !dev })]),
    ],
    devServer,
    stats: dev ? "minimal" : { preset: "errors-warnings", timings: true },
  };
  return [pagesBuild, workerBuild];
};

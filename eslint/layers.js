/**
 * The architecture as lint rules (issue 11, item 6): which code may import what.
 *
 * src/ is the core: pure TypeScript that runs in Node, in Office's webview and in a plain browser. Its folders are
 * layers, lowest first; a folder imports only from itself and the folders before it, so the graph between concerns
 * has no cycle and the domain never reaches up to what presents it (rules use totals, totals do not use rules).
 * Above the core: src/index.ts (the public entry, "union-ledger"), then src/node/ ("union-ledger/node": Node only,
 * fs, zlib, worker threads, resvg), then src/cli/. The add-in (addin/) reaches the core through its entry only ("union-ledger").
 *
 * ESLint's no-restricted-imports is used with regexes over the import text: relative imports only name a folder by
 * its last step (`../rules/x.js`, `../../rules/x.js`), and no folder inside a layer is named like a layer.
 */

/** The core's layers, lowest first. */
export const CORE_LAYERS = [
  "dates",
  "money",
  "findings",
  "cells",
  "layout",
  "workbook",
  "profiles",
  "domain",
  "template",
  "totals",
  "rules",
  "analysis",
  "charts",
  "report",
  "docx",
  "rollup",
  "narrative",
  "upgrade",
  // The import of clerks' own workbooks (issue 15): it writes through upgrade's writer.
  "import",
];

/** Files of the core that write workbooks and so may import exceljs (the pane loads them lazily). */
const EXCELJS_WRITERS = [
  "src/template/**/*.ts",
  "src/upgrade/**/*.ts",
  "src/rollup/write-workbook.ts",
  "src/rollup/sheet-*.ts",
  // An exceljs view of a workbook, for the reader's cross-checks (tests/workbook/source-diff.ts, bench/measure.mjs).
  "src/workbook/source/exceljs-source.ts",
];

const folders = (names) => `^(\\.\\./)+(${names.join("|")})/`;

const NOT_IN_CORE = [
  { regex: "^node:", message: "The core runs in browsers too: Node built-ins belong in src/node/." },
  { regex: "^@resvg/", message: "resvg is a native Node addon: PNG charts belong in src/node/." },
  { regex: "^(react|react-dom)(/|$)", message: "React is the add-in's: the core has no UI." },
  { regex: "^@fluentui/", message: "Fluent UI is the add-in's: the core has no UI." },
  {
    regex: folders(["node", "cli"]),
    message: "The core does not import src/node/ or src/cli/ (they import the core).",
  },
  { regex: "^(\\.\\./)+(analyze|index|node)\\.js$", message: "The core does not import its own entry points." },
];

const EXCELJS = {
  regex: "^exceljs(/|$)",
  message:
    "exceljs writes workbooks: only the template, upgrade and roll-up writers import it (the reader is src/workbook/xlsx).",
};

function layerPatterns(i) {
  const higher = CORE_LAYERS.slice(i + 1);
  return higher.length === 0
    ? []
    : [
        {
          regex: folders(higher),
          message: `src/${CORE_LAYERS[i]}/ is below ${higher.map((h) => `src/${h}/`).join(", ")}: it may not import them (eslint/layers.js).`,
        },
      ];
}

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

/** Flat-config blocks; later blocks override earlier ones for the same rule, hence the writers' own blocks last. */
export const layerConfigs = [
  ...CORE_LAYERS.map((layer, i) => ({
    files: [`src/${layer}/**/*.ts`],
    rules: restrict([...NOT_IN_CORE, EXCELJS, ...layerPatterns(i)]),
  })),
  { files: ["src/*.ts"], rules: restrict([...NOT_IN_CORE, EXCELJS]) },
  ...CORE_LAYERS.map((layer, i) => ({
    files: EXCELJS_WRITERS.filter((f) => f.startsWith(`src/${layer}/`)),
    rules: restrict([...NOT_IN_CORE, ...layerPatterns(i)]),
  })).filter((c) => c.files.length > 0),
  {
    files: ["src/node/**/*.ts"],
    rules: restrict([{ regex: folders(["cli"]), message: "src/node/ is below the CLI." }]),
  },
  {
    // The add-in runs in a browser, and reaches the core as a library user does: through its public entry, the
    // package name "union-ledger" (webpack.config.js and addin/tsconfig.json map it to src/index.ts).
    files: ["addin/**/*.ts", "addin/**/*.tsx"],
    rules: restrict([
      { regex: "^node:", message: "The add-in runs in a browser: no Node built-ins." },
      {
        regex: "^(\\.\\./)+src/",
        message:
          'The add-in imports the core through its entry only: import { … } from "union-ledger" (src/index.ts exports what it needs).',
      },
    ]),
  },
  {
    // Office.js globals only where the host is: the adapters and the pages' entries; the UI and the browser
    // helpers get what they need through the host interface (addin/host/host.ts).
    files: ["addin/**/*.ts", "addin/**/*.tsx"],
    ignores: ["addin/host/**", "addin/taskpane/main.tsx", "addin/commands/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "Word", "OfficeExtension"].map((name) => ({
          name,
          message: "Office.js only in addin/host/ and the pages' entries.",
        })),
      ],
    },
  },
];

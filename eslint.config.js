import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { layerConfigs } from "./eslint/layers.js";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "artifacts/**", "out/**", "tests/scratch-tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    // Type-aware rules, on the code that ships (tests are checked by tsc): each file is typed by its
    // nearest tsconfig.json (addin/ has its own). A switch over a closed union names every member, so
    // a new festival-cap shape, chart or finding code cannot fall through a `default` unnoticed.
    files: ["src/**/*.ts", "addin/**/*.ts", "addin/**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { "@typescript-eslint/switch-exhaustiveness-check": "error" },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: { "no-console": "error" },
  },
  {
    // No import cycles between files (type-only imports included: they tie the modules' meanings together).
    files: ["src/**/*.ts", "addin/**/*.ts", "addin/**/*.tsx"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: ["tsconfig.json", "addin/tsconfig.json"],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { "import-x/no-cycle": "error" },
  },
  ...layerConfigs,
  {
    // The add-in runs in a browser (Office's webview or any browser for the standalone page).
    files: ["addin/**/*.ts", "addin/**/*.tsx"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        Word: "readonly",
        OfficeExtension: "readonly",
      },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
      // no-restricted-imports (no Node built-ins, the core through its entry only): eslint/layers.js.
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        globalThis: "readonly",
        performance: "readonly",
        TextEncoder: "readonly",
      },
    },
  },
  {
    // Scripts that run in the test browser instead of Node.
    files: ["tests/addin-e2e/stubs/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
  },
);

import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: { "no-console": "error" },
  },
  {
    // The add-in runs in a browser (Office's webview or any browser for the standalone page).
    files: ["addin/**/*.ts", "addin/**/*.tsx"],
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", Word: "readonly", OfficeExtension: "readonly" },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
      "no-restricted-imports": ["error", { patterns: [{ regex: "^node:", message: "The add-in runs in a browser: no Node built-ins." }] }],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", globalThis: "readonly", performance: "readonly", TextEncoder: "readonly" } },
  },
  {
    // Scripts that run in the test browser instead of Node.
    files: ["tests/addin-e2e/stubs/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
  },
);

/** The add-in's version as the footer shows it: package.json's, kept in step by tests/addin-ui/app-version.test.ts. */
export const APP_VERSION = "0.1.0";

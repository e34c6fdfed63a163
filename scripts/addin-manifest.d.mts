// Types of scripts/addin-manifest.mjs (used by webpack.config.js and the manifest test).
export const DEV_URL: string;
export function configuredAddinUrl(env?: Record<string, string | undefined>): string | null;
export function normaliseAddinUrl(raw: string): string;
export function rewriteManifest(xml: string, baseUrl: string): string;

// The add-in manifest's URLs: manifest.xml names https://localhost:3000/ (the dev server) everywhere;
// the production build (webpack.config.js) writes dist/manifest.xml with them rewritten to the
// configured address. The address is, first found: env ADDIN_URL, then "config": {"addin_url": …}
// in package.json (npm also passes it as npm_package_config_addin_url); unset → the dev address.
import { readFileSync } from "node:fs";

export const DEV_URL = "https://localhost:3000/";

/** The configured production address, normalised to end in "/"; `null` when none is configured. */
export function configuredAddinUrl(env = process.env) {
  let raw = env.ADDIN_URL?.trim();
  if (!raw) raw = env.npm_package_config_addin_url?.trim();
  if (!raw) {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    raw = typeof pkg.config?.addin_url === "string" ? pkg.config.addin_url.trim() : "";
  }
  if (!raw) return null;
  return normaliseAddinUrl(raw);
}

/** Checks an add-in address (Office loads add-ins over https only) and makes it end in "/". */
export function normaliseAddinUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_URL must be an https:// address (Office loads add-ins over https only): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${raw}`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** manifest.xml with every dev-server URL moved under `baseUrl` (which ends in "/"). */
export function rewriteManifest(xml, baseUrl) {
  const base = normaliseAddinUrl(baseUrl);
  if (!xml.includes(DEV_URL)) throw new Error(`manifest.xml names no ${DEV_URL} URL to rewrite`);
  // Attribute values are XML-escaped; an address with & or quotes would need escaping.
  const escaped = base.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return xml.split(DEV_URL).join(escaped);
}

/** Where a report's data came from; kept in the document's custom properties (CLI and add-in alike). */
export interface LinkRecord {
  readonly sourceFile: string;
  readonly sourceSha256: string;
  readonly templateVersion: string;
  readonly generatedAt: string;
  readonly profile: string;
  /** Hash of each control's text as written (see textHash), by tag: tells a clerk's edit from ours. */
  readonly hashes: Readonly<Record<string, string>>;
  /** Why the report went in although the workbook had errors (the clerk's own words), if it did. */
  readonly acknowledgement?: string;
}

export const LINK_PREFIX = "union-ledger.";
const HASH_PREFIX = `${LINK_PREFIX}hash.`;
const FIELDS = ["sourceFile", "sourceSha256", "templateVersion", "generatedAt", "profile", "acknowledgement"] as const;
/** Word's own dialog shows at most 255 characters of a property; keep every value within that. */
const MAX_VALUE = 255;

/** The link as custom document properties (name → text); hashes one property per control. */
export function linkProperties(link: LinkRecord): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const f of FIELDS) {
    const v = link[f];
    if (v !== undefined) out.push({ name: `${LINK_PREFIX}${f}`, value: v.slice(0, MAX_VALUE) });
  }
  for (const [tag, hash] of Object.entries(link.hashes)) out.push({ name: `${HASH_PREFIX}${tag}`, value: hash });
  return out;
}

/** Custom properties → the link, or undefined when the document has none of ours. */
export function linkFromProperties(props: ReadonlyMap<string, string>): LinkRecord | undefined {
  const get = (f: (typeof FIELDS)[number]): string | undefined => props.get(`${LINK_PREFIX}${f}`);
  const sourceFile = get("sourceFile");
  if (sourceFile === undefined) return undefined;
  const hashes: Record<string, string> = {};
  for (const [k, v] of props) if (k.startsWith(HASH_PREFIX)) hashes[k.slice(HASH_PREFIX.length)] = v;
  const acknowledgement = get("acknowledgement");
  return {
    sourceFile,
    sourceSha256: get("sourceSha256") ?? "",
    templateVersion: get("templateVersion") ?? "",
    generatedAt: get("generatedAt") ?? "",
    profile: get("profile") ?? "",
    hashes,
    ...(acknowledgement ? { acknowledgement } : {}),
  };
}

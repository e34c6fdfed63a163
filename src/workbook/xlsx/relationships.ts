import type { PackageParts } from "./package-parts.js";
import { OPEN, XmlScanner } from "./xml-scanner.js";

export interface Relationship {
  readonly type: string;
  /** The target part's name, resolved (no leading "/"); undefined for an external target. */
  readonly part: string | undefined;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels` (ECMA-376 Part 2, §9.3.3.1). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relative reference resolved against the source part (ECMA-376 Part 2, §9.3.2 and Annex A:
 * RFC 3986 resolution, the package root as "/"): "worksheets/sheet1.xml" from "xl/workbook.xml"
 * is "xl/worksheets/sheet1.xml"; "/xl/styles.xml" is absolute.
 */
export function resolveTarget(source: string, target: string): string {
  const t = target.trim();
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(decodeURIComponentSafe(seg));
  }
  return base.join("/");
}

function decodeURIComponentSafe(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg; // not percent-encoded after all: the name as written
  }
}

/** The relationships of a part, by Id; none when the package has no .rels part for it. */
export function readRelationships(parts: PackageParts, source: string): Map<string, Relationship> {
  const relsPath = relsPathOf(source);
  const xml = parts.text(relsPath);
  const out = new Map<string, Relationship>();
  if (xml === undefined) return out;
  const s = new XmlScanner(xml, relsPath);
  for (let t = s.next(); t !== 0; t = s.next()) {
    if (t !== OPEN || !s.is("Relationship")) continue;
    const id = s.attr("Id");
    const target = s.attr("Target");
    if (id === undefined || target === undefined) continue;
    const external = s.attr("TargetMode") === "External";
    out.set(id, { type: s.attr("Type") ?? "", part: external ? undefined : resolveTarget(source, target) });
  }
  return out;
}

/** Relationship types end in their kind (…/relationships/worksheet, …/sharedStrings, …/styles). */
export const isType = (r: Relationship, kind: string): boolean => r.type.endsWith(`/${kind}`);

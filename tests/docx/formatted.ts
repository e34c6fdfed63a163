import type { Document, IContext, IXmlableObject, XmlComponent } from "docx";

/**
 * docx's formatted tree: what its packer turns into XML. docx 9's `Formatter` (not exported by this build) is exactly
 * `prepForXml` with a context; a document's body is formatted with the document as context, as the packer does, so
 * charts and pictures can register their parts.
 */
export function formatted(component: XmlComponent): XmlNode {
  // Formatter's own default context: components without parts of their own never read the file.
  const context: Pick<IContext, "stack"> = { stack: [] };
  return component.prepForXml(context as IContext) ?? {};
}

export type XmlNode = IXmlableObject;

export const nameOf = (n: XmlNode): string => Object.keys(n)[0] ?? "";

const isNode = (c: unknown): c is XmlNode => typeof c === "object" && c !== null && !Array.isArray(c);

/** Child elements, in order (attributes and text left out). */
export function childrenOf(n: XmlNode): XmlNode[] {
  const v: unknown = n[nameOf(n)];
  return Array.isArray(v) ? v.filter((c): c is XmlNode => isNode(c) && !("_attr" in c)) : [];
}

export function attrsOf(n: XmlNode): Readonly<Record<string, unknown>> {
  const v: unknown = n[nameOf(n)];
  const holder: unknown = Array.isArray(v) ? v.find((c) => isNode(c) && "_attr" in c) : v;
  return isNode(holder) && isNode(holder["_attr"]) ? holder["_attr"] : {};
}

export const child = (n: XmlNode, name: string): XmlNode | undefined => childrenOf(n).find((c) => nameOf(c) === name);

export function descendants(n: XmlNode, name: string): XmlNode[] {
  return childrenOf(n).flatMap((c) => (nameOf(c) === name ? [c, ...descendants(c, name)] : descendants(c, name)));
}

/** The text of the w:t elements under a node. */
export function textOf(n: XmlNode): string {
  return descendants(n, "w:t")
    .map((t) => {
      const v: unknown = t["w:t"];
      return Array.isArray(v)
        ? v.filter((x): x is string => typeof x === "string").join("")
        : typeof v === "string"
          ? v
          : "";
    })
    .join("");
}

/** A document's formatted body children (the last is its w:sectPr). */
export function bodyOf(doc: Document): XmlNode[] {
  const tree = doc.Document.View.prepForXml({ file: doc, viewWrapper: doc.Document, stack: [] }) ?? {};
  const body = childrenOf(tree).find((c) => nameOf(c) === "w:body");
  return body ? childrenOf(body) : [];
}

/** A content control's alias, tag and id, from its w:sdtPr. */
export function controlOf(sdt: XmlNode): { alias: unknown; tag: unknown; id: unknown } {
  const pr = child(sdt, "w:sdtPr") ?? {};
  const val = (name: string): unknown => attrsOf(child(pr, name) ?? {})["w:val"];
  return { alias: val("w:alias"), tag: val("w:tag"), id: val("w:id") };
}

import { strFromU8, unzipSync } from "fflate";

/**
 * A .docx's body as the Word fake holds it: paragraphs (text of their w:t runs, pictures counted),
 * tables (cell texts) and block-level content controls (w:sdt with tag, alias and content). A tiny
 * scanner, not an XML library: enough for documents the docx package writes. Browser-safe.
 */
export interface ParagraphNode {
  readonly kind: "paragraph";
  readonly text: string;
  /** Inline pictures and charts (w:drawing / w:pict). */
  readonly images: number;
  /** w:pageBreakBefore: the paragraph starts a page. */
  readonly pageBreakBefore?: true;
}

export interface TableNode {
  readonly kind: "table";
  readonly rows: readonly (readonly string[])[];
}

export type ContentNode = ParagraphNode | TableNode;

export interface ControlNode {
  readonly kind: "control";
  id: number;
  tag: string;
  title: string;
  content: ContentNode[];
}

export type BodyNode = ContentNode | ControlNode;

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(Number(e[1] === "x" || e[1] === "X" ? `0${e.slice(1)}` : e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

const TOKEN =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gu;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#root", attrs: {}, children: [] };
  const stack = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] ?? root;
    const [, close, name, attrText, selfClose, text] = m;
    if (text !== undefined) top.children.push(decode(text));
    else if (name === undefined)
      continue; // declaration or comment
    else if (close) stack.pop();
    else {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(ATTR)) attrs[a[1] ?? ""] = decode(a[2] ?? a[3] ?? "");
      const el: XmlElement = { name, attrs, children: [] };
      top.children.push(el);
      if (!selfClose) stack.push(el);
    }
  }
  return root;
}

const elements = (e: XmlElement): XmlElement[] => e.children.filter((c): c is XmlElement => typeof c !== "string");
const child = (e: XmlElement, name: string): XmlElement | undefined => elements(e).find((c) => c.name === name);

function descendants(e: XmlElement, name: string): XmlElement[] {
  return elements(e).flatMap((c) => (c.name === name ? [c] : descendants(c, name)));
}

function runText(e: XmlElement): string {
  return elements(e)
    .map((c) =>
      c.name === "w:t"
        ? c.children.filter((x): x is string => typeof x === "string").join("")
        : c.name === "w:tab"
          ? "\t"
          : runText(c),
    )
    .join("");
}

function paragraph(p: XmlElement): ParagraphNode {
  const node: ParagraphNode = {
    kind: "paragraph",
    text: runText(p),
    images: descendants(p, "w:drawing").length + descendants(p, "w:pict").length,
  };
  const pr = child(p, "w:pPr");
  return pr && child(pr, "w:pageBreakBefore") ? { ...node, pageBreakBefore: true } : node;
}

const table = (t: XmlElement): TableNode => ({
  kind: "table",
  rows: descendants(t, "w:tr").map((tr) =>
    descendants(tr, "w:tc").map((tc) => descendants(tc, "w:p").map(runText).join("\r")),
  ),
});

/** Block content: paragraphs and tables; a nested control's content is taken as it is. */
function content(parent: XmlElement): ContentNode[] {
  return elements(parent).flatMap((e): ContentNode[] => {
    if (e.name === "w:p") return [paragraph(e)];
    if (e.name === "w:tbl") return [table(e)];
    if (e.name === "w:sdt") return content(child(e, "w:sdtContent") ?? e);
    return [];
  });
}

const val = (e: XmlElement | undefined, name: string): string => (e && child(e, name)?.attrs["w:val"]) ?? "";

/** word/document.xml's body → nodes; controls get ids from `nextId`. */
export function bodyNodes(documentXml: string, nextId: () => number): BodyNode[] {
  const body = descendants(parseXml(documentXml), "w:body")[0];
  if (!body) throw new Error("no w:body in document.xml");
  return elements(body).flatMap((e): BodyNode[] => {
    if (e.name !== "w:sdt") return content({ ...body, children: [e] });
    const pr = child(e, "w:sdtPr");
    return [
      {
        kind: "control",
        id: nextId(),
        tag: val(pr, "w:tag"),
        title: val(pr, "w:alias"),
        content: content(child(e, "w:sdtContent") ?? e),
      },
    ];
  });
}

/** A .docx (base64, as Office.js takes files) → its body nodes. */
export function docxNodes(base64: string, nextId: () => number): BodyNode[] {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const xml = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"];
  if (!xml) throw new Error("not a .docx: no word/document.xml");
  return bodyNodes(strFromU8(xml), nextId);
}

import type { BodyNode, ContentNode, ControlNode, ParagraphNode } from "./word-docx.js";

export type { BodyNode, ContentNode, ControlNode, ParagraphNode } from "./word-docx.js";

/**
 * The fake document: body nodes in order (the clerk's paragraphs and the add-in's controls), the
 * cursor (the paragraph it sits in; "After" inserts go after it), custom document properties
 * (WordApi 1.3) and the add-in's document settings (all versions).
 */
export interface WordDocumentState {
  body: BodyNode[];
  cursor: BodyNode | undefined;
  readonly properties: Map<string, string | number | boolean>;
  readonly settings: Map<string, unknown>;
  /** Settings as last saved with saveAsync: what the .docx would keep. */
  savedSettings: Map<string, unknown>;
  nextId: number;
}

export const para = (text: string): ParagraphNode => ({ kind: "paragraph", text, images: 0 });

/** A document of the clerk's own paragraphs; the cursor in paragraph `cursorAt` (default: the last). */
export function wordDocument(paragraphs: readonly string[], cursorAt = paragraphs.length - 1): WordDocumentState {
  const body = paragraphs.map(para);
  return {
    body,
    cursor: body[cursorAt],
    properties: new Map(),
    settings: new Map(),
    savedSettings: new Map(),
    nextId: 1,
  };
}

export const nodeText = (n: ContentNode): string =>
  n.kind === "paragraph" ? n.text : n.rows.map((r) => r.join("\t")).join("\r");

/** A control's text as Word reports it: paragraphs joined with "\r". */
export const controlText = (c: ControlNode): string => c.content.map(nodeText).join("\r");

export const controls = (doc: WordDocumentState): ControlNode[] =>
  doc.body.filter((n): n is ControlNode => n.kind === "control");

function contentLines(n: ContentNode, indent: string): string[] {
  if (n.kind === "table") return n.rows.map((r) => `${indent}| ${r.join(" | ")} |`);
  return [`${indent}${n.pageBreakBefore ? "[分页] " : ""}${n.text}${" [图]".repeat(n.images)}`];
}

/** The document as text for assertions: controls as `[tag] title` with their content indented. */
export function toText(doc: WordDocumentState): string {
  return doc.body
    .flatMap((n) =>
      n.kind === "control"
        ? [`[${n.tag}] ${n.title}`, ...n.content.flatMap((c) => contentLines(c, "  "))]
        : contentLines(n, ""),
    )
    .join("\n");
}

/** Inserts nodes after `anchor` (or at the start when the body has no anchor). */
export function insertAfter(doc: WordDocumentState, anchor: BodyNode | undefined, nodes: readonly BodyNode[]): void {
  const at = anchor === undefined ? -1 : doc.body.indexOf(anchor);
  doc.body.splice(at + 1, 0, ...nodes);
}

/** `Office.context.document.settings` over the state; saveAsync keeps what was set. */
export function documentSettings(doc: WordDocumentState): {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; value: undefined }) => void): void;
} {
  return {
    get: (name) => doc.settings.get(name) ?? null, // Office returns null for a missing setting
    set: (name, value) => void doc.settings.set(name, value),
    remove: (name) => void doc.settings.delete(name),
    saveAsync: (callback) => {
      doc.savedSettings = new Map(doc.settings);
      setTimeout(() => callback?.({ status: "succeeded", value: undefined }), 0);
    },
  };
}

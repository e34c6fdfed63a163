import { ClientCollection } from "./client-collection.js";
import { ClientObject } from "./client-object.js";
import { invalidArgument, itemNotFound, type RequestContext } from "./office-runtime.js";
import { docxNodes, type BodyNode, type ContentNode } from "./word-docx.js";
import {
  controls,
  controlText,
  insertAfter,
  para,
  type ControlNode,
  type ParagraphNode,
  type WordDocumentState,
} from "./word-state.js";

/** Nodes a file brings into a control: its controls' content is taken as it is (no nesting modelled). */
const flatten = (nodes: readonly BodyNode[]): ContentNode[] =>
  nodes.flatMap((n) => (n.kind === "control" ? n.content : [n]));

export function fileNodes(doc: WordDocumentState, base64: string): BodyNode[] {
  return docxNodes(base64, () => doc.nextId++);
}

abstract class DocObject<S> extends ClientObject<S> {
  constructor(
    context: RequestContext,
    resolve: () => S | null,
    protected readonly doc: WordDocumentState,
    nullable = false,
  ) {
    super(context, resolve, nullable);
  }

  protected needs(version: string, api: string): void {
    this.context.enqueue(this.context.runtime.requires("WordApi", version, api));
  }

  /** The node, if it is still in the body; a removed one fails the batch. */
  protected present<N extends BodyNode>(node: N | undefined): N {
    if (!node || !this.doc.body.includes(node)) throw itemNotFound("the object is no longer in the document");
    return node;
  }
}

export class ContentControl extends DocObject<ControlNode> {
  protected override scalars(): Record<string, (c: ControlNode) => unknown> {
    return { id: (c) => c.id, tag: (c) => c.tag, title: (c) => c.title, text: controlText };
  }

  get id(): number {
    return this.read("id");
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(v: string) {
    this.queue((c) => void (c.tag = v), v);
  }
  get title(): string {
    return this.read("title");
  }
  set title(v: string) {
    this.queue((c) => void (c.title = v), v);
  }
  get text(): string {
    return this.read("text");
  }

  /** "Replace" puts the file's body in the control and keeps the control (its tag and id). */
  insertFileFromBase64(base64: string, location: "Replace" | "Start" | "End"): void {
    this.queue((c) => {
      const nodes = flatten(fileNodes(this.doc, base64));
      if (location === "Replace") c.content = nodes.length > 0 ? nodes : [para("")];
      else if (location === "Start") c.content = [...nodes, ...c.content];
      else if (location === "End") c.content = [...c.content, ...nodes];
      else throw invalidArgument(`insertFileFromBase64 on a content control: ${String(location)}`);
    }, base64);
  }

  insertParagraph(text: string, location: "Before" | "After"): Paragraph {
    let made: ParagraphNode | undefined;
    this.queue((c) => {
      if (location !== "After" && location !== "Before") throw invalidArgument(`insertParagraph ${String(location)}`);
      made = para(text);
      const at = this.doc.body.indexOf(c);
      this.doc.body.splice(location === "After" ? at + 1 : at, 0, made);
    }, text);
    return new Paragraph(this.context, () => this.present(made), this.doc);
  }

  /** delete(false) removes the control with its content; delete(true) keeps the content. */
  delete(keepContent: boolean): void {
    this.queue((c) => {
      const at = this.doc.body.indexOf(c);
      this.doc.body.splice(at, 1, ...(keepContent ? c.content : []));
    }, keepContent);
  }
}

export class Paragraph extends DocObject<ParagraphNode> {
  protected override scalars(): Record<string, (p: ParagraphNode) => unknown> {
    return { text: (p) => p.text };
  }

  get text(): string {
    return this.read("text");
  }

  /** Wraps the paragraph in a new block-level control. */
  insertContentControl(): ContentControl {
    let made: ControlNode | undefined;
    this.queue((p) => {
      made = { kind: "control", id: this.doc.nextId++, tag: "", title: "", content: [p] };
      this.doc.body.splice(this.doc.body.indexOf(p), 1, made);
    });
    return new ContentControl(this.context, () => this.present(made), this.doc);
  }

  insertFileFromBase64(base64: string, location: "Before" | "After"): void {
    this.queue(
      (p) =>
        insertAfter(
          this.doc,
          location === "After" ? p : this.doc.body[this.doc.body.indexOf(p) - 1],
          fileNodes(this.doc, base64),
        ),
      base64,
    );
  }
}

/** body.contentControls, or those with one tag (getByTag). */
export class ContentControls extends ClientCollection<WordDocumentState, ControlNode, ContentControl> {
  constructor(
    context: RequestContext,
    resolve: () => WordDocumentState | null,
    private readonly doc: WordDocumentState,
    private readonly tag?: string,
  ) {
    super(context, resolve);
  }

  protected itemStates(doc: WordDocumentState): ControlNode[] {
    return controls(doc).filter((c) => this.tag === undefined || c.tag === this.tag);
  }

  protected item(node: ControlNode): ContentControl {
    return new ContentControl(
      this.context,
      () => {
        if (!this.doc.body.includes(node)) throw itemNotFound("the content control was deleted");
        return node;
      },
      this.doc,
    );
  }

  getByTag(tag: string): ContentControls {
    return new ContentControls(this.context, () => this.resolve(), this.doc, tag);
  }

  /** WordApi 1.3; ItemNotFound (at sync) when there is none. */
  getFirst(): ContentControl {
    this.context.enqueue(this.context.runtime.requires("WordApi", "1.3", "ContentControlCollection.getFirst"));
    return new ContentControl(
      this.context,
      () => {
        const first = this.itemStates(this.state())[0];
        if (!first) throw itemNotFound(`content control tagged ${this.tag ?? "(any)"}`);
        return first;
      },
      this.doc,
    );
  }
}

import type { DocumentSettings } from "../../../addin/host/word/link-store.js";
import type { WordRun } from "../../../addin/host/word/word-host.js";
import { ClientCollection } from "./client-collection.js";
import { ClientObject, type LoadSpec } from "./client-object.js";
import { invalidArgument, RequestContext, runBatch, Runtime, type RequirementSets } from "./office-runtime.js";
import { ContentControls, fileNodes } from "./word-controls.js";
import { documentSettings, insertAfter, toText, type BodyNode, type WordDocumentState } from "./word-state.js";

/** Word 2016 without updates: content controls, no custom properties, no getFirst. */
export const WORD_2016: RequirementSets = { WordApi: "1.1" };
export const WORD_365: RequirementSets = { WordApi: "1.5" };

type Property = { key: string; value: string | number | boolean };

class Props extends ClientCollection<WordDocumentState, Property, CustomProperty> {
  protected itemStates(doc: WordDocumentState): Property[] {
    return [...doc.properties].map(([key, value]) => ({ key, value }));
  }
  protected item(p: Property): CustomProperty {
    return new CustomProperty(this.context, () => p);
  }
  override load(spec?: LoadSpec): this {
    this.context.enqueue(this.context.runtime.requires("WordApi", "1.3", "customProperties"));
    return super.load(spec);
  }
  /** Creates the property or overwrites it (WordApi 1.3). */
  add(key: string, value: string | number | boolean): void {
    this.context.enqueue(this.context.runtime.requires("WordApi", "1.3", "customProperties.add"));
    this.queue(
      (doc) => {
        if (key.length === 0 || key.length > 255) throw invalidArgument(`property name ${key}`);
        doc.properties.set(key, value);
      },
      [key, value],
    );
  }
}

class CustomProperty extends ClientObject<Property> {
  protected override scalars(): Record<string, (p: Property) => unknown> {
    return {
      key: (p) => p.key,
      value: (p) => p.value,
      type: (p) => (typeof p.value === "string" ? "String" : typeof p.value === "number" ? "Number" : "Boolean"),
    };
  }
  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
}

/** The selection: a collapsed cursor in a paragraph of the body. */
class Range extends ClientObject<{ doc: WordDocumentState; node: BodyNode | undefined }> {
  insertFileFromBase64(base64: string, location: "Before" | "After"): void {
    this.queue(({ doc, node }) => {
      const at = node === undefined ? -1 : doc.body.indexOf(node);
      insertAfter(doc, location === "After" ? node : doc.body[at - 1], fileNodes(doc, base64));
    }, base64);
  }
}

class WordDocument extends ClientObject<WordDocumentState> {
  get body(): { contentControls: ContentControls } {
    return this.child("body", () => ({
      contentControls: new ContentControls(this.context, () => this.resolve(), this.state()),
    }));
  }
  get properties(): { customProperties: Props } {
    return this.child("properties", () => ({ customProperties: new Props(this.context, () => this.resolve()) }));
  }
  getSelection(): Range {
    return new Range(this.context, () => ({ doc: this.state(), node: this.state().cursor }));
  }
}

export class WordContext extends RequestContext {
  readonly document: WordDocument;
  constructor(runtime: Runtime, doc: WordDocumentState) {
    super(runtime);
    this.document = new WordDocument(this, () => doc);
  }
}

/** The part of Word the adapter uses, over a WordDocumentState; `run` is `Word.run`. */
export class FakeWord {
  readonly runtime: Runtime;
  readonly settings: DocumentSettings;

  constructor(
    readonly doc: WordDocumentState,
    options: { requirements?: RequirementSets; payloadLimit?: number } = {},
  ) {
    this.runtime = new Runtime({
      requirements: options.requirements ?? WORD_365,
      ...(options.payloadLimit === undefined ? {} : { payloadLimit: options.payloadLimit }),
    });
    // The fake's result has the fields the adapter reads (status, error); Office.AsyncResult has more.
    this.settings = documentSettings(doc) as unknown as DocumentSettings;
  }

  run = <T>(batch: (context: WordContext) => Promise<T>): Promise<T> =>
    runBatch(new WordContext(this.runtime, this.doc), batch);

  /** `run` typed as the adapter's `Word.run`: the fake implements the part of Word.RequestContext it uses. */
  get officeRun(): WordRun {
    return this.run as unknown as WordRun;
  }

  isSetSupported = (name: string, version: string): boolean => this.runtime.isSetSupported(name, version);

  get syncCount(): number {
    return this.runtime.syncCount;
  }

  toText(): string {
    return toText(this.doc);
  }
}

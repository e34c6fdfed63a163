import { SECTION_TAG_PREFIX } from "union-ledger";
import { toBase64 } from "../../browser/base64.js";
import type { PlacedControl, DocumentHost } from "../host.js";
import { propertiesStore, settingsStore, type DocumentSettings, type LinkStore } from "./link-store.js";

/** `Word.run`, injected so tests pass a fake of the object model. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface WordHostOptions {
  readonly run: WordRun;
  readonly isSetSupported: (set: string, version: string) => boolean;
  readonly settings: DocumentSettings;
}

/**
 * The Word adapter. Content controls, tags and `insertFileFromBase64` are WordApi 1.1 (Word 2016);
 * `ContentControl.insertFileFromBase64(…, "Replace")` puts a fragment .docx into a control and
 * keeps the control (addin.md: never insertHtml into a control).
 */
export function wordHost(o: WordHostOptions): DocumentHost {
  const store = (): LinkStore => (o.isSetSupported("WordApi", "1.3") ? propertiesStore() : settingsStore(o.settings));
  return {
    readBlocks: () =>
      o.run(async (context) => {
        const controls = context.document.body.contentControls.load("items/tag,items/title,items/text");
        const link = store().queueRead(context);
        await context.sync();
        const blocks: PlacedControl[] = controls.items
          .filter((c) => c.tag.startsWith(SECTION_TAG_PREFIX))
          .map((c) => ({ tag: c.tag, title: c.title, text: c.text }));
        return { blocks, link: link() };
      }),

    insertAtCursor: (docx, link) =>
      o.run(async (context) => {
        // "After" the selection: a clerk's selected text is never replaced.
        context.document.getSelection().insertFileFromBase64(toBase64(docx), "After");
        const saved = store().queueWrite(context, link);
        await context.sync();
        await saved();
      }),

    refresh: (plan, link) =>
      o.run(async (context) => {
        const controls = context.document.body.contentControls;
        // getFirst() fails the batch when a tag is missing: the plan comes from readBlocks just before.
        let byTag = (tag: string): Word.ContentControl => controls.getByTag(tag).getFirst();
        if (!o.isSetSupported("WordApi", "1.3")) {
          // getFirst is WordApi 1.3: Word 2016 finds the controls by their loaded tags (one more sync).
          controls.load("items/tag");
          await context.sync();
          byTag = (tag) => {
            const found = controls.items.find((c) => c.tag === tag);
            if (!found) throw new Error(`no content control tagged ${tag}`);
            return found;
          };
        }
        for (const r of plan.replace) {
          const cc = byTag(r.tag);
          cc.title = r.title; // a section's number can change ("三、" → "四、") when one is added before it
          cc.insertFileFromBase64(toBase64(r.docx), "Replace");
        }
        for (const run of plan.insert) {
          const anchor = byTag(run.anchor);
          // Each new control goes right next to the anchor: after it in reverse order, before it in
          // order, so the run ends up in report order either way.
          const items = run.where === "After" ? [...run.items].reverse() : run.items;
          for (const r of items) {
            const cc = anchor.insertParagraph("", run.where).insertContentControl();
            cc.tag = r.tag;
            cc.title = r.title;
            cc.insertFileFromBase64(toBase64(r.docx), "Replace");
          }
        }
        for (const tag of plan.remove) byTag(tag).delete(false);
        const saved = store().queueWrite(context, link);
        await context.sync();
        await saved();
      }),
  };
}

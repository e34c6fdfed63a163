import { LINK_PREFIX, linkFromProperties, linkProperties, type LinkRecord } from "union-ledger";

/** `Office.context.document.settings`: stored in the document by every Word version with add-ins. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

const SETTINGS_KEY = "union-ledger.link";

/**
 * Where the link lives. WordApi 1.3 has custom document properties — the same ones the CLI writes,
 * so a CLI report can be refreshed. Older Word (2016 without updates) keeps it in the add-in's
 * document settings instead: still inside the .docx, only not visible to the CLI.
 */
export interface LinkStore {
  /** Queues the read; the value is available after the batch's sync. */
  queueRead(context: Word.RequestContext): () => LinkRecord | undefined;
  /** Queues the write (properties) or does it (settings, saved after the sync). */
  queueWrite(context: Word.RequestContext, link: LinkRecord): () => Promise<void>;
}

export function propertiesStore(): LinkStore {
  return {
    queueRead(context) {
      const props = context.document.properties.customProperties.load("items/key,items/value");
      return () =>
        linkFromProperties(
          new Map(props.items.filter((p) => p.key.startsWith(LINK_PREFIX)).map((p) => [p.key, String(p.value)])),
        );
    },
    queueWrite(context, link) {
      const props = context.document.properties.customProperties;
      // add() with an existing key overwrites it (WordApi 1.3). A hash left from a control that no
      // longer exists is never read: refresh looks up hashes of the controls present only.
      for (const p of linkProperties(link)) props.add(p.name, p.value);
      return async () => undefined;
    },
  };
}

export function settingsStore(settings: DocumentSettings): LinkStore {
  return {
    queueRead: () => () => {
      const raw = settings.get(SETTINGS_KEY);
      if (typeof raw !== "string") return undefined;
      try {
        return linkFromProperties(new Map(Object.entries(JSON.parse(raw) as Record<string, string>)));
      } catch {
        return undefined; // not ours or damaged: the document then has no link, and the pane says so
      }
    },
    queueWrite: (_context, link) => async () => {
      settings.set(
        SETTINGS_KEY,
        JSON.stringify(Object.fromEntries(linkProperties(link).map((p) => [p.name, p.value]))),
      );
      await new Promise<void>((resolve, reject) =>
        settings.saveAsync((r) => (String(r.status) === "succeeded" ? resolve() : reject(new Error(r.error.message)))),
      );
    },
  };
}

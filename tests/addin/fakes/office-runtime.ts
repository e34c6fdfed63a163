/**
 * A small imitation of Office.js's proxy/batch model, shared by the Excel and Word fakes: proxies
 * queue commands on a RequestContext; `sync()` runs them in order, checks the payload limits and only
 * then makes loaded values readable. Browser-safe (no Node modules): it also goes into the stub.
 */

/** Office.js errors carry a code (`OfficeExtension.Error.code`); the fakes use the same codes. */
export class OfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notLoaded = (property: string): OfficeError =>
  new OfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const itemNotFound = (what: string): OfficeError =>
  new OfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);

export const invalidArgument = (what: string): OfficeError =>
  new OfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${what})`);

/** Requirement sets as "name → highest version", e.g. `{ ExcelApi: "1.8" }` for Office 2019. */
export type RequirementSets = Readonly<Record<string, string>>;

const versionParts = (v: string): number[] => v.split(".").map(Number);

export function supports(sets: RequirementSets, name: string, version: string): boolean {
  const have = sets[name];
  if (have === undefined) return false;
  const [hm = 0, hn = 0] = versionParts(have);
  const [wm = 0, wn = 0] = versionParts(version);
  return hm > wm || (hm === wm && hn >= wn);
}

/** What one sync carried: bytes are UTF-8 JSON, as on the wire. */
export interface SyncRecord {
  readonly commands: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

/** A queued command: `execute` runs at sync; a load returns its response and what to commit after. */
export interface Command {
  readonly requestPayload?: unknown;
  execute(): { readonly response: unknown; readonly commit: () => void } | void;
}

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown): number =>
  value === undefined ? 0 : encoder.encode(JSON.stringify(value)).length;

/** One fake host's counters and settings, shared by all of its request contexts. */
export class Runtime {
  readonly syncs: SyncRecord[] = [];
  /**
   * Excel on the web rejects a request or response over 5 MB (RequestPayloadSizeLimitExceeded /
   * ResponsePayloadSizeLimitExceeded). Infinity imitates desktop Office.
   */
  payloadLimit: number;
  requirements: RequirementSets;

  constructor(o: { payloadLimit?: number; requirements: RequirementSets }) {
    this.payloadLimit = o.payloadLimit ?? Infinity;
    this.requirements = o.requirements;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  isSetSupported = (name: string, version = "1.1"): boolean => supports(this.requirements, name, version);

  /** A command that fails the batch like a host without the API does. */
  requires(name: string, version: string, api: string): Command {
    return {
      execute: () => {
        if (!this.isSetSupported(name, version))
          throw new OfficeError(
            "ApiNotFound",
            `${api} needs ${name} ${version}; this host has ${this.requirements[name] ?? "none"}`,
          );
      },
    };
  }
}

export class RequestContext {
  readonly #queue: Command[] = [];
  syncCount = 0;

  constructor(readonly runtime: Runtime) {}

  enqueue(command: Command): void {
    this.#queue.push(command);
  }

  get pending(): number {
    return this.#queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve(); // a round trip: never synchronous
    this.syncCount++;
    const commands = this.#queue.splice(0);
    const limit = this.runtime.payloadLimit;
    const requestBytes = commands.reduce((n, c) => n + jsonBytes(c.requestPayload), 0);
    const record = (responseBytes: number): void =>
      void this.runtime.syncs.push({ commands: commands.length, requestBytes, responseBytes });
    if (requestBytes > limit) {
      record(0);
      throw new OfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${requestBytes} > ${limit} bytes).`,
      );
    }
    const commits: (() => void)[] = [];
    const responses: unknown[] = [];
    try {
      // As in Office, commands before a failing one have taken effect; loads of a failed batch are not readable.
      for (const c of commands) {
        const r = c.execute();
        if (r) {
          responses.push(r.response);
          commits.push(r.commit);
        }
      }
    } catch (e) {
      record(0);
      throw e;
    }
    const responseBytes = jsonBytes(responses);
    record(responseBytes);
    if (responseBytes > limit)
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${responseBytes} > ${limit} bytes).`,
      );
    for (const commit of commits) commit();
  }
}

/**
 * `Excel.run` / `Word.run`: a new context per batch; commands still queued when the batch's promise
 * resolves are sent in one last sync, as Office.js does.
 */
export async function runBatch<C extends RequestContext, T>(context: C, batch: (context: C) => Promise<T>): Promise<T> {
  const result = await batch(context);
  if (context.pending > 0) await context.sync();
  return result;
}

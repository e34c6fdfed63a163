import { notLoaded, OfficeError, type Command, type RequestContext } from "./office-runtime.js";

/**
 * Proxy objects as Office.js has them. A proxy knows how to find its state at sync time (`resolve`:
 * throws ItemNotFound for a missing item, returns null for an *OrNullObject that found nothing);
 * properties are readable only after a sync that followed their `load()`.
 */
export type Resolver<S> = () => S | null;

/** `load()` arguments: "a,b/c", ["a", "b/c"] or { select: "a,b" }. */
export type LoadSpec = string | readonly string[] | { readonly select?: string; readonly expand?: string };

export function loadPaths(spec: LoadSpec | undefined): string[][] {
  if (spec === undefined) return [];
  const list =
    typeof spec === "string"
      ? spec.split(",")
      : Array.isArray(spec)
        ? spec
        : [
            ...((spec as { select?: string }).select ?? "").split(","),
            ...((spec as { expand?: string }).expand ?? "").split(","),
          ];
  return list
    .map((p: string) => p.trim())
    .filter((p: string) => p !== "")
    .map((p: string) => p.split("/"));
}

/** Paths grouped by their first segment; an empty rest means "all scalar properties". */
function byHead(paths: readonly string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const [head, ...rest] of paths) {
    if (head === undefined) continue;
    const list = out.get(head) ?? [];
    if (rest.length > 0) list.push(rest);
    out.set(head, list);
  }
  return out;
}

export interface Snapshot {
  readonly response: unknown;
  readonly commit: () => void;
}

/** What a parent needs of a child proxy: its part of a load (any state type; navs() mixes them). */
export interface Navigable {
  snapshot(paths: readonly string[][]): Snapshot;
}

export abstract class ClientObject<S> implements Navigable {
  readonly #loaded = new Map<string, unknown>();
  readonly #children = new Map<string, unknown>();
  #isNull: boolean | undefined;

  constructor(
    readonly context: RequestContext,
    protected readonly resolve: Resolver<S>,
    nullable = false,
  ) {
    // *OrNullObject results get isNullObject with the next sync, without a load (as in Office.js).
    if (nullable) context.enqueue({ execute: () => this.snapshot([["isNullObject"]]) });
  }

  /** Loadable scalar properties: name → value read from the state. */
  protected scalars(): Record<string, (s: S) => unknown> {
    return {};
  }

  /** Loadable navigation properties: name → the (cached) child proxy. */
  protected navs(): Record<string, () => Navigable> {
    return {};
  }

  /** A navigation property: the same proxy every time it is read. */
  protected child<C>(name: string, make: () => C): C {
    if (!this.#children.has(name)) this.#children.set(name, make());
    return this.#children.get(name) as C; // set just above with the type the caller names
  }

  get isNullObject(): boolean {
    if (this.#isNull === undefined) throw notLoaded("isNullObject");
    return this.#isNull;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue({ execute: () => this.snapshot(paths) });
    return this;
  }

  /** Runs at sync: the requested values now, readable after commit. */
  snapshot(paths: readonly string[][]): Snapshot {
    const s = this.resolve();
    if (s === null) return { response: null, commit: () => void (this.#isNull = true) };
    const scalars = this.scalars();
    const navs = this.navs();
    const groups = paths.length === 0 ? new Map(Object.keys(scalars).map((k) => [k, []])) : byHead(paths);
    const values = new Map<string, unknown>();
    const children: Snapshot[] = [];
    const response: Record<string, unknown> = {};
    for (const [head, rest] of groups) {
      const scalar = scalars[head];
      const nav = navs[head];
      if (head === "isNullObject") continue;
      if (scalar) values.set(head, (response[head] = scalar(s)));
      else if (nav) {
        const snap = nav().snapshot(rest);
        response[head] = snap.response;
        children.push(snap);
      } else throw new OfficeError("PropertyNotFound", `${this.constructor.name} has no property '${head}'`);
    }
    return {
      response,
      commit: () => {
        this.#isNull = false;
        for (const [k, v] of values) this.#loaded.set(k, v);
        for (const c of children) c.commit();
      },
    };
  }

  /** A loaded property's value; throws PropertyNotLoaded like Office.js otherwise. */
  protected read<T>(name: string): T {
    if (!this.#loaded.has(name)) throw notLoaded(name);
    return this.#loaded.get(name) as T; // the subclass getter names the property's type
  }

  /** The state at sync time; an action on a null object fails the batch. */
  protected state(): S {
    const s = this.resolve();
    if (s === null) throw new OfficeError("InvalidObjectPath", `${this.constructor.name} is a null object`);
    return s;
  }

  /** Queues a method call or property assignment; `payload` is what goes on the wire. */
  protected queue(action: (s: S) => void, payload?: unknown): void {
    const command: Command = { requestPayload: payload, execute: () => action(this.state()) };
    this.context.enqueue(command);
  }
}

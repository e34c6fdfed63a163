import { ClientObject, type Snapshot } from "./client-object.js";
import { notLoaded } from "./office-runtime.js";

/**
 * A collection proxy: `load("items/name")` (or "name") loads those properties of every item and makes
 * `items` readable after the sync. Item proxies point at their state object, so a deleted item fails
 * a later batch as it does in Office.
 */
export abstract class ClientCollection<S, T, I extends ClientObject<T>> extends ClientObject<S> {
  #items: I[] | undefined;

  /** The item states, in order, at sync time. */
  protected abstract itemStates(s: S): readonly T[];
  /** A proxy for one item state. */
  protected abstract item(state: T): I;

  get items(): I[] {
    if (this.#items === undefined) throw notLoaded("items");
    return this.#items;
  }

  override snapshot(paths: readonly string[][]): Snapshot {
    const s = this.resolve();
    if (s === null) return super.snapshot(paths);
    const own = paths.filter((p) => p[0] === "isNullObject");
    const itemPaths = paths
      .filter((p) => p[0] !== "isNullObject")
      .map((p) => (p[0] === "items" ? p.slice(1) : p))
      .filter((p) => p.length > 0);
    const items = this.itemStates(s).map((st) => this.item(st));
    const snaps = items.map((i) => i.snapshot(itemPaths));
    const base = super.snapshot(own);
    return {
      response: { items: snaps.map((x) => x.response) },
      commit: () => {
        base.commit();
        this.#items = items;
        for (const x of snaps) x.commit();
      },
    };
  }
}

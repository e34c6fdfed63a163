import { useState, type FocusEvent, type KeyboardEvent } from "react";

/** The items of a roving group: marked in the DOM, so the handlers need no refs per item. */
export const ROVING_ITEM = { "data-roving": "" } as const;

export interface RovingFocus {
  /** The tabIndex of the item at `index` among the group's items (0 for the one tab stop, else -1). */
  readonly tabIndexOf: (index: number, count: number) => 0 | -1;
  readonly onFocus: (e: FocusEvent<HTMLElement>) => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

const STEP: Readonly<Record<string, (at: number, last: number) => number>> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * A roving tabindex (WAI-ARIA Authoring Practices, "Managing focus within components"): the group is
 * one tab stop, the item last focused (the first at the start); ↑ ↓ Home End move between items.
 * Not Fluent's useArrowNavigationGroup: its tabster Mover puts focusable `aria-hidden` guard elements
 * around the group (tabster's dummy inputs, as Fluent configures it with `controlTab: false`), which
 * axe-core reports as `aria-hidden-focus`.
 */
export function useRovingFocus(): RovingFocus {
  const [current, setCurrent] = useState(0);
  const items = (root: HTMLElement): HTMLElement[] => [...root.querySelectorAll<HTMLElement>("[data-roving]")];
  return {
    tabIndexOf: (index, count) => (index === (current < count ? current : 0) ? 0 : -1),
    onFocus: (e) => {
      const at = items(e.currentTarget).indexOf(e.target);
      if (at >= 0) setCurrent(at);
    },
    onKeyDown: (e) => {
      const step = STEP[e.key];
      const all = items(e.currentTarget);
      const at = all.indexOf(e.target as HTMLElement);
      if (!step || at < 0) return;
      e.preventDefault(); // the arrows would scroll the pane as well
      all[step(at, all.length - 1)]?.focus();
    },
  };
}

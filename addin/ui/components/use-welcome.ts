import { useCallback, useState } from "react";

const KEY = "union-ledger:welcome-dismissed";

/**
 * localStorage, or undefined where the page may not use it: reading `window.localStorage` throws a
 * SecurityError when the browser blocks storage for the page (site data off, some sandboxed frames).
 * Then the first screen is simply shown again next time.
 */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function wasDismissed(): boolean {
  return storage()?.getItem(KEY) === "1";
}

/** Remembers the dismissal; false when it cannot be kept (no storage, or setItem's QuotaExceededError). */
function rememberDismissed(): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(KEY, "1");
    return true;
  } catch {
    return false;
  }
}

export interface WelcomeState {
  readonly shown: boolean;
  readonly dismiss: () => void;
}

/** The first screen: shown until the clerk dismisses it (or tries the example), remembered per browser profile. */
export function useWelcome(): WelcomeState {
  const [shown, setShown] = useState(() => !wasDismissed());
  const dismiss = useCallback(() => {
    rememberDismissed();
    setShown(false);
  }, []);
  return { shown, dismiss };
}

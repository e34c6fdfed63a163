import { createContext, useContext, type ReactNode } from "react";
import type { Locale } from "union-ledger";
import { STRINGS, type UiStrings } from "./strings.js";
import { useTypography } from "./typeset.js";

const LocaleContext = createContext<Locale>("zh-CN");

export function LocaleProvider({ locale, children }: { readonly locale: Locale; readonly children: ReactNode }) {
  useTypography();
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export const useLocale = (): Locale => useContext(LocaleContext);
export const useStrings = (): UiStrings => STRINGS[useContext(LocaleContext)];

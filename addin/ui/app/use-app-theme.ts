import { useEffect, useState } from "react";
import { themeNameFor, type OfficeThemeColors, type ThemeName } from "./theme.js";

const DARK_QUERY = "(prefers-color-scheme: dark)";

const prefersDark = (): boolean => typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches;

/**
 * The pane's theme, kept current. Office's theme comes from `readOfficeTheme` (the task pane passes
 * Office.context.officeTheme); Office gives Excel and Word no event when the clerk changes it (the
 * OfficeThemeChanged event is Outlook's, Mailbox 1.14), so it is read again whenever the pane gets
 * focus back. Without Office (the standalone page, or an Office without officeTheme) the browser's
 * prefers-color-scheme decides, and its change event is followed.
 */
export function useAppTheme(readOfficeTheme?: () => OfficeThemeColors | undefined): ThemeName {
  const [name, setName] = useState<ThemeName>(() => themeNameFor(readOfficeTheme?.(), prefersDark()));
  useEffect(() => {
    const update = (): void => setName(themeNameFor(readOfficeTheme?.(), prefersDark()));
    update();
    const media = typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : undefined;
    media?.addEventListener("change", update);
    window.addEventListener("focus", update);
    return () => {
      media?.removeEventListener("change", update);
      window.removeEventListener("focus", update);
    };
  }, [readOfficeTheme]);
  return name;
}

import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * The part of Office.context.officeTheme the pane reads (Office.OfficeTheme: hex colour triplets such as
 * "#FFA500"; `isDarkTheme` is true for Office's Black and Dark Gray themes and missing in older Office).
 */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly isDarkTheme?: boolean;
}

export type ThemeName = "light" | "dark";

/** Relative luminance (WCAG 2.x) of "#RRGGBB" or "#RGB"; undefined when it is not such a colour. */
export function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  const digits = m?.[1];
  if (!digits) return undefined;
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Light or dark, from Office's theme when there is one, else from the browser (prefers-color-scheme).
 * `isDarkTheme` is Office's own answer; without it a body background darker than mid grey (luminance
 * under 0.18, where white and black text have equal contrast) is a dark theme. Office's Colorful and
 * White themes are light: the pane keeps Fluent's web light theme, whose brand and neutrals are tested
 * for contrast, rather than colours made from Office's four, which are not.
 */
export function themeNameFor(office: OfficeThemeColors | undefined, prefersDark: boolean): ThemeName {
  if (!office) return prefersDark ? "dark" : "light";
  if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
  const l = luminance(office.bodyBackgroundColor);
  if (l === undefined) return prefersDark ? "dark" : "light";
  return l < 0.18 ? "dark" : "light";
}

export const FLUENT_THEMES: Readonly<Record<ThemeName, Theme>> = { light: webLightTheme, dark: webDarkTheme };

import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { FLUENT_THEMES, luminance, themeNameFor } from "../../addin/ui/app/theme.js";

describe("the pane's theme from Office's (Office.context.officeTheme)", () => {
  it("takes Office's own isDarkTheme when there is one", () => {
    expect(themeNameFor({ bodyBackgroundColor: "#FFFFFF", isDarkTheme: true }, false)).toBe("dark");
    expect(themeNameFor({ bodyBackgroundColor: "#262626", isDarkTheme: false }, true)).toBe("light");
  });

  it("tells dark from light by the body background where Office has no isDarkTheme", () => {
    // Office's Black, Dark Gray, Colorful and White body backgrounds.
    expect(themeNameFor({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(themeNameFor({ bodyBackgroundColor: "#444" }, false)).toBe("dark");
    expect(themeNameFor({ bodyBackgroundColor: "#E6E6E6" }, true)).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: "#ffffff" }, true)).toBe("light");
  });

  it("follows the browser (prefers-color-scheme) without Office's theme or with a colour it cannot read", () => {
    expect(themeNameFor(undefined, true)).toBe("dark");
    expect(themeNameFor(undefined, false)).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: "" }, true)).toBe("dark");
    expect(themeNameFor({ bodyBackgroundColor: "red" }, false)).toBe("light");
  });

  it("measures luminance as WCAG does", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFF")).toBeCloseTo(1, 10);
    expect(luminance("#767676")).toBeCloseTo(0.181, 3);
    expect(luminance("nope")).toBeUndefined();
  });

  it("maps to Fluent's web themes", () => {
    expect(FLUENT_THEMES.dark).toBe(webDarkTheme);
    expect(FLUENT_THEMES.light).toBe(webLightTheme);
  });
});

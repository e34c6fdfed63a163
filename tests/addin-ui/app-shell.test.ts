import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { helpUrl } from "../../addin/ui/app/help-link.js";
import { APP_VERSION } from "../../addin/ui/app/version.js";

const ROOT = join(import.meta.dirname, "../..");

describe("the app shell's footer", () => {
  it("shows package.json's version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });

  it("links help.html beside the page, at its English part in English", () => {
    expect(helpUrl("zh-CN", "https://tools.example.org/ul/taskpane.html")).toBe(
      "https://tools.example.org/ul/help.html",
    );
    expect(helpUrl("en", "file:///C:/Users/clerk/standalone.html")).toBe("file:///C:/Users/clerk/help.html#en");
  });
});

import { describe, expect, it } from "vitest";
import { FINDING_CODES, FINDING_SEVERITY } from "../../src/findings/codes.js";
import { MESSAGE_TABLES } from "../../src/findings/messages/index.js";

describe("finding messages", () => {
  it.each(Object.keys(MESSAGE_TABLES))("every code has a %s message", (locale) => {
    const table = MESSAGE_TABLES[locale as keyof typeof MESSAGE_TABLES];
    expect(Object.keys(table).sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) expect(typeof table[code], code).toBe("function");
  });

  it("every code has a severity of the spec", () => {
    for (const code of FINDING_CODES) expect(["error", "warning"]).toContain(FINDING_SEVERITY[code]);
  });

  it("severities follow domain-rules.md (spot checks of each ledger)", () => {
    expect(FINDING_SEVERITY.dues_mismatch).toBe("error");
    expect(FINDING_SEVERITY.dues_arrears).toBe("warning");
    expect(FINDING_SEVERITY.cap_exceeded).toBe("error");
    expect(FINDING_SEVERITY.repeat_exceeded).toBe("warning");
    expect(FINDING_SEVERITY.per_capita_exceeded).toBe("warning");
    expect(FINDING_SEVERITY.normalized_value).toBe("warning");
    expect(FINDING_SEVERITY.template_version_unsupported).toBe("error");
  });
});

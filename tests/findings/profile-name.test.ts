import { describe, expect, it } from "vitest";
import { finding, type Finding } from "../../src/findings/finding.js";
import { messageOf } from "../../src/findings/messages/index.js";
import { fen } from "../../src/money/fen.js";

// Issue 12 item 11: a Chinese sentence names the profile by its Chinese name, never by its id
// ("default方案"); the id stays in the params for machines and in the English text.
const ref = { profile: "default", profileName: "通用参考方案（非官方标准）" };
const place = { sheet: "慰问金台账", row: 5, cell: "H5" };
const findings: readonly Finding[] = [
  finding("cap_exceeded", place, { reason: "生病住院", capFen: fen(100_000), amountFen: fen(100_001), ...ref }),
  finding("occasion_cap_exceeded", place, {
    memberId: "M001",
    reason: "生日慰问",
    withinDays: 30,
    capFen: fen(30_000),
    totalFen: fen(30_001),
    rows: [4, 5],
    ...ref,
  }),
  ...(["perMemberYear", "perFestival", "pool"] as const).map((shape) =>
    finding("festival_cap_exceeded", place, {
      shape,
      memberId: "M001",
      festival: "春节",
      capFen: fen(150_000),
      totalFen: fen(150_001),
      ...ref,
    }),
  ),
  finding(
    "per_capita_exceeded",
    { sheet: "活动台账", row: 5, cell: "I5" },
    { label: "春秋游", perCapitaFen: fen(20_001), capFen: fen(20_000), days: 1, ...ref },
  ),
];

describe("profile names in finding messages", () => {
  it.each(findings.map((f) => [`${f.code} ${"shape" in f.params ? f.params.shape : ""}`, f] as const))(
    "%s names the profile in Chinese, by its id in English",
    (_, f) => {
      const zh = messageOf(f, "zh-CN");
      expect(zh).toContain("“通用参考方案（非官方标准）”");
      expect(zh).not.toMatch(/default/u);
      expect(messageOf(f, "en")).toContain("default");
    },
  );
});

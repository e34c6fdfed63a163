import { describe, expect, it } from "vitest";
import { PROBLEM_MESSAGES, problemMessage } from "../../src/profiles/messages/index.js";
import { checkProfileFile } from "../../src/profiles/profile-check.js";
import { fromFile, parseProfile } from "../../src/profiles/profile-file.js";
import { PROBLEM_CODES, type ProblemData } from "../../src/profiles/problems.js";
import { goodFile, MISTAKES } from "./mistakes.js";

const CJK = /[\u4e00-\u9fff]/u;
/** An English sentence may quote the Chinese values a file must hold ("生日慰问", 备注): take those out. */
const withoutQuoted = (s: string): string => s.replace(/"[^"]*"|“[^”]*”|\[[^\]]*\]|\{[^}]*\}|\([^)]*\)/gu, "");

describe("profile file problems", () => {
  it("the good file of the corpus is accepted", () => {
    const checked = checkProfileFile(goodFile());
    expect(checked.ok, JSON.stringify(checked.ok ? null : checked.error)).toBe(true);
  });

  it.each(MISTAKES.map((m) => [m.code, m] as const))("%s: reported at its path, and only there", (_code, m) => {
    const checked = checkProfileFile(m.file);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error.map((p) => `${p.path} ${p.code}`)).toEqual([`${m.path} ${m.code}`]);
  });

  it("every problem code is reached by a mistake in the corpus (no code the schema never reports)", () => {
    const reached = new Set<string>([...MISTAKES.map((m) => m.code), "not_json", "invalid"]);
    expect([...reached].sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it.each(Object.keys(PROBLEM_MESSAGES))("every code has a %s message", (locale) => {
    const table = PROBLEM_MESSAGES[locale as keyof typeof PROBLEM_MESSAGES];
    expect(Object.keys(table).sort()).toEqual([...PROBLEM_CODES].sort());
    for (const code of PROBLEM_CODES) expect(typeof table[code], code).toBe("function");
  });

  it("every problem of the corpus reads as a Chinese sentence by default and as an English one with en", () => {
    const problems: ProblemData[] = [
      { code: "not_json", params: { detail: "Unexpected token" } },
      { code: "invalid", params: {} },
    ];
    for (const m of MISTAKES) {
      const checked = checkProfileFile(m.file);
      if (!checked.ok) problems.push(...checked.error);
    }
    expect(new Set(problems.map((p) => p.code)).size).toBe(PROBLEM_CODES.length);
    for (const p of problems) {
      const zh = problemMessage(p);
      const en = problemMessage(p, "en");
      expect(zh, p.code).toMatch(CJK);
      expect(zh).toMatch(/[。？]$/u);
      expect(en, p.code).toMatch(/^[A-Z"a-z$]/u);
      expect(en).toMatch(/\.$/u);
      expect(withoutQuoted(en), `${p.code}: ${en}`).not.toMatch(CJK);
      expect(en).not.toBe(zh);
    }
  });

  it("parseProfile gives codes, params and paths; the registry words them in either locale, Chinese unless told", () => {
    const m = MISTAKES.find((x) => x.code === "money_negative");
    const parsed = parseProfile(JSON.stringify(m?.file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok && parsed.error[0]) {
      const p = parsed.error[0];
      expect(p).toEqual({
        code: "money_negative",
        params: { money: { of: "cap", reason: "生日慰问" }, value: -300, positive: false },
        path: "caps.生日慰问",
      });
      expect(problemMessage(p)).toBe("生日慰问每次上限不能为负数，现为 -300。");
      expect(problemMessage(p, "en")).toBe('The cap per payment for "生日慰问" must not be negative; it is -300.');
    }
    const notJson = parseProfile('{ "id": "x", }');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok && notJson.error[0]) {
      expect(notJson.error[0]).toMatchObject({ path: "$", code: "not_json" });
      expect(problemMessage(notJson.error[0], "en")).toMatch(/^Not valid JSON: .*brackets/u);
    }
  });

  it("lists every mistake of a file at once, unknown fields first, each once", () => {
    const file = {
      ...goodFile(),
      colour: "red",
      year: 2000.5,
      repeats: { 生日慰问: 0.5 },
      caps: { 生日慰问: -1, 婚假慰问: 1 },
      festivals: ["春节", "春节"],
    };
    const checked = checkProfileFile(file);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error.map((p) => `${p.path} ${p.code}`)).toEqual([
        "colour unknown_field",
        "year year",
        "caps.生日慰问 money_negative",
        "caps.婚假慰问 caps_reason",
        "repeats.生日慰问 repeats_limit",
        "festivals festivals_duplicate",
        // festivals no longer lists 古尔邦节, which has a cap of its own
        "festival.capsYuan.古尔邦节 festival_unlisted",
      ]);
    }
  });
});

describe("profile files at the edges: read as they always were", () => {
  const withCaps = (caps: Record<string, unknown>) => ({ ...goodFile(), caps });
  const read = (file: unknown) => {
    const checked = checkProfileFile(file);
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    return fromFile(checked.value);
  };

  it("takes amounts with at most two decimals as the program reckons them (0.29, 19.99; a float's last bits ignored)", () => {
    expect(read(withCaps({ 生日慰问: 0.29, 结婚慰问: 19.99, 生育慰问: 300.000000001, 其他: 0 })).caps).toEqual({
      生日慰问: { capFen: 29 },
      结婚慰问: { capFen: 1999 },
      生育慰问: { capFen: 30000 },
      其他: { capFen: 0 },
    });
  });

  it("refuses a third decimal however small, and an amount whose 分 would not be exact (it used to stop the program)", () => {
    for (const [v, code] of [
      [1e-7, "money_decimals"],
      [1.005, "money_decimals"],
      [90071992547410, "money_too_large"],
      [1e300, "money_too_large"],
    ] as const) {
      const checked = checkProfileFile(withCaps({ 生日慰问: v }));
      expect(checked.ok ? [] : checked.error.map((p) => p.code), String(v)).toEqual([code]);
    }
  });

  it("drops keys a nested object does not know, and an empty nameIncludes next to a category", () => {
    const p = read({
      ...goodFile(),
      dues: { rate: 0.005, truncationYuan: 10, note: "按月" },
      repeats: { 会员去世: { limit: 1, ever: true, note: "一生一次" } },
      perCapita: [{ label: "会议餐", category: "会议", nameIncludes: "", capYuan: 40, perDay: false }],
    });
    expect(p.dues).toEqual({ rate: 0.005, truncationYuan: 10 });
    expect(p.repeats).toEqual({ 会员去世: { limit: 1, ever: true } });
    expect(p.perCapita).toEqual([{ label: "会议餐", category: "会议", capFen: 4000, perDay: false }]);
  });

  it("takes any whole repeat limit, and refuses a key named __proto__ where a reason or festival belongs", () => {
    expect(read({ ...goodFile(), repeats: { 生日慰问: 1e16 } }).repeats).toEqual({ 生日慰问: { limit: 1e16 } });
    // JSON.parse makes "__proto__" an own key, as it does for any other name.
    for (const [field, json, path] of [
      ["caps", '{"__proto__":300}', "caps.__proto__"],
      ["repeats", '{"__proto__":1}', "repeats.__proto__"],
      [
        "festival",
        '{"shape":"perFestival","capsYuan":{"__proto__":300},"otherYuan":200}',
        "festival.capsYuan.__proto__",
      ],
    ] as const) {
      const parsed = parseProfile(JSON.stringify({ ...goodFile(), [field]: "@" }).replace('"@"', json));
      expect(parsed.ok ? [] : parsed.error.map((p) => p.path), json).toContain(path);
    }
  });
});

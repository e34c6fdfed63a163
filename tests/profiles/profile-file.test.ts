import { readFile } from "node:fs/promises";
import Ajv2020Module from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILES } from "../../src/profiles/builtin.js";
import { problemMessage } from "../../src/profiles/messages/index.js";
import { fromFile, parseProfile, toFile } from "../../src/profiles/profile-file.js";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { buildTemplate, workbookBytes } from "../../src/template/generate.js";
import { fillWorkbook } from "../../src/template/fill.js";
import { cleanData } from "../helpers/ledger.js";

const schema = JSON.parse(await readFile("schemas/profile.schema.json", "utf8")) as object;
// ajv ships CommonJS with `exports.default`: under NodeNext the class sits on `.default`.
const Ajv2020 = Ajv2020Module.default;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const custom = (): Record<string, unknown> => ({
  ...toFile(BUILTIN_PROFILES[1] ?? BUILTIN_PROFILES[0]!),
  id: "test-district-2025",
  name: "某某区工会经费使用标准",
  issuer: "某某区总工会",
  source: "某工发〔2025〕1号",
  year: 2025,
  caps: { 生日慰问: 250, 生病住院: { capYuan: 500, raised: { capYuan: 1000, whenRemarkIncludes: "手术" } } },
  festivals: ["元旦", "春节", "中秋", "古尔邦节"],
});

describe("profile files (schemas/profile.schema.json)", () => {
  it("round-trips every built-in profile through the file format, and the schema accepts each", () => {
    for (const p of BUILTIN_PROFILES) {
      const file = toFile(p);
      expect(validate(file), `${p.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      const parsed = parseProfile(JSON.stringify(file));
      expect(parsed.ok, p.id).toBe(true);
      if (parsed.ok) expect({ ...parsed.value, issuer: undefined }).toEqual({ ...p, issuer: undefined });
      expect(fromFile(file).caps).toEqual(p.caps);
    }
  });

  it("explains every mistake with its path, and the schema rejects the same file", () => {
    const bad = {
      ...custom(),
      caps: { 生日慰问: -1, 节日慰问: 100, 婚假慰问: 300, 生病住院: "500元" },
      festival: { shape: "perMonth" },
      year: "2025",
      colour: "red",
    };
    const parsed = parseProfile(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.error.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "colour",
        "year",
        "festival.shape",
        "caps.生日慰问",
        "caps.节日慰问",
        "caps.婚假慰问",
        "caps.生病住院",
      ]),
    );
    if (!parsed.ok) {
      const message = (path: string): string => {
        const p = parsed.error.find((x) => x.path === path);
        return p ? problemMessage(p) : "";
      };
      expect(message("caps.生日慰问")).toContain("不能为负数");
      expect(message("caps.生病住院")).toContain("应为数字");
      expect(parsed.error.every((p) => /[\u4e00-\u9fff]/u.test(problemMessage(p)))).toBe(true);
    }
    expect(validate(bad)).toBe(false);
  });

  it("says when the text is not JSON at all", () => {
    const parsed = parseProfile('{ "id": "x", }');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok && parsed.error[0]) expect(problemMessage(parsed.error[0])).toContain("不是有效的 JSON");
  });

  it("is stamped into the template, so a clerk's workbook is checked against it with no file of their own", async () => {
    const parsed = parseProfile(JSON.stringify(custom()));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const wb = await buildTemplate({
      profile: parsed.value,
      fiscalYear: 2024,
      generatedAt: "2024-12-31T00:00:00.000Z",
      generator: "test",
    });
    const data = cleanData();
    data.info = { ...data.info, profileId: undefined };
    (data.sheets["慰问金台账"] ?? []).push(
      {
        seq: 3,
        date: "2024-05-01",
        memberId: "M001",
        name: "张三",
        reason: "生日慰问",
        form: "蛋糕券",
        amount: 280,
        handler: "周干事",
        approver: "王主席",
      },
      {
        seq: 4,
        date: "2024-05-02",
        memberId: "M002",
        name: "李四",
        reason: "节日慰问",
        festival: "古尔邦节",
        form: "实物",
        amount: 200,
        handler: "周干事",
        approver: "王主席",
      },
    );
    fillWorkbook(wb, data, parsed.value);
    const r = await analyzeBytes(await workbookBytes(wb));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.profile.id).toBe("test-district-2025");
    // 生病住院 800 above this profile's 500 (row 4), 生日 280 above 250 (row 5); 古尔邦节 is allowed.
    expect(r.value.findings.map((f) => `${f.code} ${f.cell ?? ""}`)).toEqual(["cap_exceeded H4", "cap_exceeded H5"]);
    expect(r.value.findings[1]?.params).toMatchObject({
      capFen: 25000,
      amountFen: 28000,
      profile: "test-district-2025",
    });
  });
});

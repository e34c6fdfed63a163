import { readFile } from "node:fs/promises";
import Ajv2020Module from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILES } from "../../src/profiles/builtin.js";
import { checkProfileFile } from "../../src/profiles/profile-check.js";
import { profileJsonSchema, profileJsonSchemaText } from "../../src/profiles/json-schema.js";
import { toFile } from "../../src/profiles/profile-file.js";
import { runCli } from "../fixtures-hand/cli.js";
import { goodFile, MISTAKES } from "./mistakes.js";

// ajv ships CommonJS with `exports.default`: under NodeNext the class sits on `.default`.
const Ajv2020 = Ajv2020Module.default;
const fileText = await readFile("schemas/profile.schema.json", "utf8");
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(fileText) as object);

describe("schemas/profile.schema.json, emitted from the one schema (src/profiles/file-format.ts)", () => {
  it("is what the schema emits now (else run `npm run schemas`)", () => {
    expect(fileText, "schemas/profile.schema.json is stale: run `npm run schemas` and commit the file").toBe(
      profileJsonSchemaText(),
    );
  });

  it("keeps the Chinese descriptions of the format", () => {
    const schema = profileJsonSchema() as {
      title?: string;
      description?: string;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.title).toMatch(/工会经费标准方案/u);
    const missing = Object.entries(schema.properties)
      .filter(([, p]) => !/[\u4e00-\u9fff]/u.test(p.description ?? ""))
      .map(([k]) => k);
    expect(missing).toEqual([]);
    expect(fileText).toContain("备注中出现某字样时适用的较高上限");
  });

  it("accepts the built-in profiles as `union-ledger profiles --json` prints them", async () => {
    const printed = await runCli(["profiles", "--json"]);
    expect(printed.code).toBe(0);
    const files = JSON.parse(printed.stdout) as unknown[];
    expect(files).toHaveLength(BUILTIN_PROFILES.length);
    for (const file of files) {
      expect(
        validate(file),
        `${JSON.stringify((file as { id?: string }).id)}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
      expect(checkProfileFile(file).ok).toBe(true);
    }
    expect(files).toEqual(JSON.parse(JSON.stringify(BUILTIN_PROFILES.map(toFile))));
  });

  it("accepts the checker's corpus file, and refuses every mistake the checker refuses but those across fields", () => {
    expect(validate(goodFile()), JSON.stringify(validate.errors)).toBe(true);
    for (const m of MISTAKES) {
      expect(checkProfileFile(m.file).ok, m.code).toBe(false);
      expect(validate(m.file), `${m.code}: the JSON Schema should refuse it too`).toBe(m.crossField === true);
    }
  });

  it("describes the form the checker returns: a nested object's unknown key is refused by the JSON Schema, dropped by the checker (as always)", () => {
    const f = { ...goodFile(), dues: { rate: 0.005, truncationYuan: 10, note: "按月" } };
    expect(validate(f)).toBe(false);
    const checked = checkProfileFile(f);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value.dues).toEqual({ rate: 0.005, truncationYuan: 10 });
  });
});

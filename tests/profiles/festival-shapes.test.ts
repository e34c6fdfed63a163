import { describe, expect, it } from "vitest";
import { fen, yuan } from "../../src/money/fen.js";
import { BUILTIN_PROFILES } from "../../src/profiles/builtin.js";
import {
  FESTIVAL_SHAPES,
  festivalInstructions,
  festivalShape,
  festivalSummary,
} from "../../src/profiles/festival-shapes.js";
import type { FestivalCap, FestivalShape, Profile } from "../../src/profiles/profile.js";
import { parseProfile, toFile } from "../../src/profiles/profile-file.js";

// The festival-cap shapes are one table (src/profiles/festival-shapes.ts). The compiler keeps it
// complete; these tests check that every entry does its part: the file format carries each shape
// there and back, and each has its words.

/** One cap of every shape, with amounts that need their 分: a new shape fails to compile here too. */
const SAMPLES: { readonly [S in FestivalShape]: FestivalCap<S> } = {
  perMemberYear: { shape: "perMemberYear", capFen: yuan(1500.5) },
  perFestival: { shape: "perFestival", capsFen: { 春节: yuan(500), 中秋: yuan(300.25) }, otherFen: yuan(200) },
  pool: { shape: "pool", shareOfBudgetedIncome: 0.35 },
};

const SHAPES = Object.keys(FESTIVAL_SHAPES) as FestivalShape[];
const base = BUILTIN_PROFILES.find((p) => p.id === "default") as Profile;

describe("the festival-cap shapes table", () => {
  it("has an entry for every shape (and a sample here for each)", () => {
    expect([...SHAPES].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(SHAPES)("%s: round-trips through the profile file format (元 in the file, 分 in the program)", (shape) => {
    const cap = SAMPLES[shape];
    const file = toFile({ ...base, festival: cap });
    expect(file.festival.shape).toBe(shape);
    const read = parseProfile(JSON.stringify(file));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.festival).toEqual(cap);
  });

  it("states each shape in the words of `profiles` and of the template's 填表说明", () => {
    const texts = Object.fromEntries(
      SHAPES.map((s) => [
        s,
        {
          zh: festivalSummary(SAMPLES[s], "zh-CN"),
          en: festivalSummary(SAMPLES[s], "en"),
          instructions: festivalInstructions(SAMPLES[s]),
        },
      ]),
    );
    expect(texts).toEqual({
      perMemberYear: {
        zh: "节日慰问每人每年1500.50元",
        en: "festival gifts 1500.50 yuan per member per year",
        instructions: "节日慰问：每人每年合计不超过1500.50元",
      },
      perFestival: {
        zh: "节日慰问按节日限额（其他节日200元）",
        en: "festival gifts capped per festival (other festivals 200 yuan)",
        instructions: "节日慰问：按节日分别限额（春节500元、中秋300.25元，其他节日各200元）",
      },
      pool: {
        zh: "节日慰问总额≤年度预算收入的35%",
        en: "festival gifts at most 35% of the year's budgeted income",
        instructions: "节日慰问：全年总额不超过年度经费收入预算的35%（请在基本信息中填写预算）",
      },
    });
  });

  it("tells the rule which gifts share a cap, what the cap is and whom a finding names", () => {
    const gift = { memberId: "M001", festival: "中秋" };
    const nameless = { festival: "春节" };
    const of = <S extends FestivalShape>(s: S) => festivalShape(s).check;
    expect(SHAPES.map((s) => [s, of(s).groupOf(gift), of(s).groupOf(nameless)])).toEqual([
      ["perMemberYear", "M001", null],
      ["perFestival", "M001\u0000中秋", null],
      ["pool", "", ""],
    ]);
    expect(of("perMemberYear").capFen(SAMPLES.perMemberYear, gift, undefined)).toBe(150_050);
    expect(of("perFestival").capFen(SAMPLES.perFestival, gift, undefined)).toBe(30_025);
    expect(of("perFestival").capFen(SAMPLES.perFestival, { memberId: "M001", festival: "端午" }, undefined)).toBe(
      20_000,
    );
    expect(of("pool").capFen(SAMPLES.pool, gift, fen(100_001))).toBe(35_000);
    expect(of("pool").capFen(SAMPLES.pool, gift, undefined)).toBeUndefined();
    expect(SHAPES.map((s) => of(s).names(gift))).toEqual([
      { memberId: "M001", festival: null },
      { memberId: "M001", festival: "中秋" },
      { memberId: null, festival: null },
    ]);
  });

  it("keeps the built-in profiles' listing as it was", () => {
    expect(BUILTIN_PROFILES.map((p) => festivalSummary(p.festival, "zh-CN"))).toContain("节日慰问每人每年1500元");
    expect(
      festivalSummary(BUILTIN_PROFILES.find((p) => p.festival.shape === "pool")?.festival ?? SAMPLES.pool, "zh-CN"),
    ).toBe("节日慰问总额≤年度预算收入的50%");
  });
});

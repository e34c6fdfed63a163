import { describe, expect, it } from "vitest";
import { moneyInWords } from "../../src/narrative/format.js";

// 会计基础工作规范 第五十二条: 整 after 元 or 角, never after 分; 零 where a digit inside is 0.
describe("moneyInWords (大写)", () => {
  it.each([
    [120_000, "人民币壹仟贰佰元整"],
    [120_050, "人民币壹仟贰佰元伍角整"],
    [120_005, "人民币壹仟贰佰元零伍分"],
    [120_055, "人民币壹仟贰佰元伍角伍分"],
    [50, "人民币伍角整"],
    [5, "人民币伍分"],
    [55, "人民币伍角伍分"],
    [0, "人民币零元整"],
    [1_600, "人民币壹拾陆元整"],
    [100_100, "人民币壹仟零壹元整"],
    [101_050, "人民币壹仟零壹拾元伍角整"],
    [10_000_000, "人民币壹拾万元整"],
    [10_700_053, "人民币壹拾万柒仟元伍角叁分"],
    [2_268_000_00, "人民币贰佰贰拾陆万捌仟元整"],
  ])("%i 分 → %s", (fen, words) => {
    expect(moneyInWords(fen)).toBe(words);
  });

  it("writes 整 exactly when the amount has no 分", () => {
    for (let fen = 0; fen < 20_000; fen += 7) {
      const words = moneyInWords(fen);
      expect(words.endsWith("整"), `${fen}: ${words}`).toBe(fen % 10 === 0);
      expect(words.endsWith("分"), `${fen}: ${words}`).toBe(fen % 10 !== 0);
    }
  });
});

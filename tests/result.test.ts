import { describe, expect, it } from "vitest";
import { err, ok, type Result } from "../src/result.js";

describe("Result", () => {
  it("is a value or a coded error, told apart by ok", () => {
    const half = (n: number): Result<number, { readonly code: "odd"; readonly params: { readonly n: number } }> =>
      n % 2 === 0 ? ok(n / 2) : err({ code: "odd", params: { n } });
    expect(half(4)).toEqual({ ok: true, value: 2 });
    expect(half(3)).toEqual({ ok: false, error: { code: "odd", params: { n: 3 } } });
  });
});

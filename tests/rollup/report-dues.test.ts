import { describe, expect, it } from "vitest";
import { buildRollupReport } from "../../src/narrative/rollup-report.js";
import type { Paragraph } from "../../src/report/model.js";
import { consolidate } from "../../src/rollup/consolidate.js";
import { unitFromAnalysis } from "../../src/rollup/unit.js";
import { analyzeData, cleanData, months } from "../helpers/ledger.js";

type Data = ReturnType<typeof cleanData>;
const SOURCE = { fileName: "r.xlsx", sha256: "", templateVersion: null, generatedAt: "", profileId: "" };

/** cleanData() under another name, changed by `edit`. */
function unit(name: string, edit: (d: Data) => void = () => undefined): Data {
  const d = cleanData();
  d.info["unionName"] = name;
  edit(d);
  return d;
}

/** The roll-up report's 会员与会费 paragraph for these units. */
async function organizationText(units: readonly Data[]): Promise<string> {
  const records = [];
  for (const d of units) records.push(unitFromAnalysis(await analyzeData(d), `${String(d.info["unionName"])}.xlsx`, 0));
  const outcome = consolidate(records, [], { name: "高新区总工会", allowMixedYears: false });
  if (!outcome.ok) throw new Error(outcome.error.code);
  const section = buildRollupReport(outcome.value, SOURCE).sections.find((s) => s.id === "organization");
  return (section?.blocks ?? [])
    .filter((b): b is Paragraph => b.kind === "paragraph")
    .map((p) => p.runs.map((r) => r.text).join(""))
    .join("\n");
}

/** M001 short by 22.65, M002 30 over. */
const owesAndOverpays = (d: Data): void => {
  const dues = d.sheets["会费台账"] ?? [];
  dues[0] = { memberId: "M001", name: "张三", wage: 4537.8, ...months(22.65, 11) };
  dues[1] = { memberId: "M002", name: "李四", wage: 6000, m1: 390 };
};

/** M002 paid January–June only: 601.80 of 781.80, 76.9%. */
const halfYear = (d: Data): void => {
  const dues = d.sheets["会费台账"] ?? [];
  dues[1] = { memberId: "M002", name: "李四", wage: 6000, m1: 180 };
};

describe("the roll-up report on dues and members", () => {
  it("never says 足额 when a member owes though another over-paid, and names the unit that over-collected", async () => {
    const text = await organizationText([unit("一厂工会", owesAndOverpays), unit("二厂工会")]);
    expect(text).not.toContain("足额");
    expect(text).toContain("总体收缴率98.5%"); // (781.80 × 2 − 22.65) / (781.80 × 2) = 98.55…%, floored
    expect(text).toContain("另有“一厂工会”的1名会员多缴会费30元，应退还或抵缴下年。");
    // Two units, the lower at 97.1%: neither several units nor a low rate.
    expect(text).not.toContain("收缴率较低");
  });

  it("names as low a unit below 95% and below the median of several units, and only that one", async () => {
    const text = await organizationText([
      unit("一厂工会"),
      unit("二厂工会"),
      unit("三厂工会", halfYear),
      unit("四厂工会", owesAndOverpays),
    ]);
    expect(text).toContain("收缴率较低的有“三厂工会”（各单位收缴率见附表）。");
    expect(text).not.toContain("四厂工会”（"); // 97.1%: below the median, not low
  });

  it("names none as low with one unit, with units all at one rate, or with every unit at 95% or more", async () => {
    const cases = [
      [unit("一厂工会", halfYear)],
      [unit("一厂工会", halfYear), unit("二厂工会", halfYear), unit("三厂工会", halfYear)],
      [unit("一厂工会"), unit("二厂工会"), unit("三厂工会", owesAndOverpays)],
    ];
    for (const units of cases) {
      const text = await organizationText(units);
      expect(text).not.toContain("收缴率较低");
      expect(text).not.toContain("足额");
    }
  });

  it("says 足额 when no member of any unit owes anything", async () => {
    const text = await organizationText([unit("一厂工会"), unit("二厂工会")]);
    expect(text).toContain("总体收缴率100%。各单位会费均已足额收缴。");
    expect(text).not.toContain("多缴");
  });

  it("names every status with members, so the parts add up", async () => {
    const unemployed = (d: Data): void => {
      d.sheets["会员名册"]?.push(
        { memberId: "U1", name: "赵一", joinDate: "2015-01-01", status: "失业保留会籍", statusDate: "2023-05-01" },
        { memberId: "U2", name: "钱二", joinDate: "2016-01-01", status: "失业保留会籍", statusDate: "2023-09-01" },
      );
    };
    const text = await organizationText([unit("一厂工会", unemployed), unit("二厂工会")]);
    expect(text).toContain("各单位年末会员合计8人，其中在职4人、退休（离休）2人、失业保留会籍2人。");
  });
});

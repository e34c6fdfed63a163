import * as z from "zod/mini";
import { LISTS } from "../layout/lists.js";
import { tag, type MoneyOf, type ProblemCode } from "./problems.js";

/**
 * The profile file format, defined once. An upper union writes a profile in this shape (amounts in
 * 元, as the provincial rules state them); the program turns it into a Profile (amounts in 分).
 * From this one schema come:
 * - the type `ProfileFileV1` (below);
 * - the checker (profile-check.ts): every check names the problem it reports (`tag`), which the
 *   zh-CN and en tables of profiles/messages/ put into words;
 * - `schemas/profile.schema.json` (json-schema.ts, `npm run schemas`), for editors and other tools,
 *   with the Chinese descriptions given here by `z.describe()` / `z.meta()`.
 * A few checks are not JSON Schema keywords (at most two decimals as the program reckons them, the
 * cross-field checks); where JSON Schema can say the same thing, `z.meta()` says it next to the check.
 */

export const PROFILE_SCHEMA_ID = "https://union-ledger.invalid/schemas/profile.schema.json";

/** The largest amount whose 分 are still exact (Number.MAX_SAFE_INTEGER 分). */
export const MAX_YUAN = Math.floor(Number.MAX_SAFE_INTEGER / 100);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** For a check that reads a whole object: run it whenever the value is an object, so its problems come with the others. */
const whenObject = { when: (p: { value: unknown }) => isObj(p.value) };
/** For a check after others on the same value: run it only when they passed. */
const whenClean = { when: (p: { issues: readonly unknown[] }) => p.issues.length === 0 };
/** Which problem a check reports: its issue's message is the problem code (see problems.ts). */
const says = (code: ProblemCode, of?: MoneyOf): { error: string } => ({ error: tag(code, of) });

/**
 * The kind of an issue. zod's types list fewer than happen: a discriminated union also says
 * invalid_type (not an object), a record with closed keys unrecognized_keys.
 */
const codeOf = (iss: { readonly code?: string | undefined }): string | undefined => iss.code;

/** An amount in 元: a number, not negative (or above 0), at most two decimals, small enough to count in 分. */
function money(of: MoneyOf, o: { readonly positive?: boolean; readonly description?: string } = {}) {
  return z.number(says("money_not_number", of)).check(
    o.positive ? z.positive(says("money_negative", of)) : z.minimum(0, says("money_negative", of)),
    z.maximum(MAX_YUAN, says("money_too_large", of)),
    z.refine((v: number) => Math.abs(v * 100 - Math.round(v * 100)) <= 1e-6, {
      ...says("money_decimals", of),
      ...whenClean,
    }),
    z.meta({ description: o.description ?? "金额（元），最多两位小数", multipleOf: 0.01 }),
  );
}

/** A whole number (any size, as JSON has it). */
const integer = (code: ProblemCode, ...checks: z.core.$ZodCheck<number>[]) =>
  z
    .number(says(code))
    .check(z.refine(Number.isInteger, { ...says(code), ...whenClean }), ...checks, z.meta({ type: "integer" }));

/** Text with something in it besides spaces. */
const text = (code: ProblemCode, description?: string) =>
  z
    .string(says(code))
    .check(z.regex(/\S/, says(code)), ...(description === undefined ? [] : [z.describe(description)]));

/** 节日慰问 has its own cap (`festival`); every other reason may have a per-payment cap. */
export const CAP_REASONS = LISTS.condolenceReason.filter((r): r is Exclude<typeof r, "节日慰问"> => r !== "节日慰问");

const festival = z
  .discriminatedUnion(
    "shape",
    [
      z.object({
        shape: z.literal("perMemberYear").check(z.describe("每人每年合计上限")),
        capYuan: money("festivalPerMember"),
      }),
      z.object({
        shape: z.literal("perFestival").check(z.describe("按节日分别限额")),
        capsYuan: z
          .record(z.string(), money("festival"), says("festival_caps"))
          .check(z.describe('各节日的上限，如 {"春节": 500}')),
        otherYuan: money("otherFestivals", { description: "其他节日的上限（元），最多两位小数" }),
      }),
      z.object({
        shape: z.literal("pool").check(z.describe("全年节日慰问总额不超过年度经费收入预算的比例")),
        shareOfBudgetedIncome: z
          .number(says("festival_share"))
          .check(
            z.gt(0, says("festival_share")),
            z.maximum(1, says("festival_share")),
            z.describe("占年度经费收入预算的比例，如 0.5 表示不超过50%"),
          ),
      }),
    ],
    { error: (iss) => tag(codeOf(iss) === "invalid_type" ? "festival" : "festival_shape") },
  )
  .check(z.describe("节日慰问限额，三种形式之一"));

const raised = z
  .object(
    {
      capYuan: money("raisedCap"),
      whenRemarkIncludes: z
        .string(says("raised_when"))
        .check(z.minLength(1, says("raised_when")), z.describe("备注中的字样，如“手术”")),
    },
    says("raised_shape"),
  )
  .check(z.describe("备注中出现某字样时适用的较高上限（如福建：生病住院做手术的1000元）"));

const capValue = z.union(
  [
    money("cap"),
    z.object({ capYuan: money("cap"), raised: z.optional(raised) }).check(
      z.superRefine((c, ctx) => {
        const r: unknown = c.raised;
        if (
          isObj(r) &&
          typeof r["capYuan"] === "number" &&
          typeof c.capYuan === "number" &&
          r["capYuan"] <= c.capYuan
        ) {
          ctx.addIssue({
            code: "custom",
            message: tag("raised_not_higher"),
            path: ["raised", "capYuan"],
            input: r["capYuan"],
          });
        }
      }, whenObject),
    ),
  ],
  says("cap_shape"),
);

const repeatValue = z.union(
  [
    integer("repeats_limit", z.minimum(1, says("repeats_limit")), z.describe("每人每年最多次数")),
    z.object({
      limit: integer("repeats_limit", z.minimum(1, says("repeats_limit")), z.describe("最多次数")),
      ever: z.optional(z.boolean(says("repeats_ever")).check(z.describe("true 表示一生只能一次（如会员去世）"))),
    }),
  ],
  says("repeats_limit"),
);

const perCapitaItem = z
  .object(
    {
      label: z
        .string(says("per_capita_label"))
        .check(z.minLength(1, says("per_capita_label")), z.describe("标准名称，如 春秋游、工作餐")),
      category: z.optional(
        z.enum(LISTS.activityCategory, says("per_capita_category")).check(z.describe("适用的活动类别")),
      ),
      // "" is allowed next to a category (and ignored): files with an empty nameIncludes were always read so.
      nameIncludes: z.optional(z.string(says("per_capita_name")).check(z.describe("活动名称中含有的字样"))),
      capYuan: money("perCapita", { positive: true, description: "人均标准（元），大于0，最多两位小数" }),
      perDay: z.boolean(says("per_capita_per_day")).check(z.describe("true：按人按天（备注中写“2天”）；false：按人次")),
    },
    says("per_capita_item"),
  )
  .check(
    z.superRefine((p, ctx) => {
      const name: unknown = p.nameIncludes;
      if (p.category === undefined && (name === undefined || name === ""))
        ctx.addIssue({ code: "custom", message: tag("per_capita_match"), input: p });
    }, whenObject),
    z.meta({
      anyOf: [
        { required: ["category"] },
        { required: ["nameIncludes"], properties: { nameIncludes: { minLength: 1 } } },
      ],
    }),
  );

const festivals = z.array(text("festivals"), says("festivals")).check(
  z.minLength(1, says("festivals")),
  z.superRefine((list, ctx) => {
    const duplicates = [...new Set(list.filter((f, i) => list.indexOf(f) !== i))];
    if (duplicates.length) ctx.addIssue({ code: "custom", message: tag("festivals_duplicate"), input: duplicates });
  }),
  z.meta({
    uniqueItems: true,
    description:
      "可发放节日慰问的节日：法定节日（元旦、春节、清明、劳动节、端午、中秋、国庆）及经自治区以上人民政府批准设立的少数民族节日（逐个写具体名称，如古尔邦节；只写“少数民族节日”不算任何节日）",
  }),
);

export const profileFileSchema = z
  .strictObject(
    {
      $schema: z.optional(z.string(says("schema_ref")).check(z.describe("本文件格式的地址（可省略）"))),
      formatVersion: z.literal(1, says("format_version")).check(z.describe("方案文件格式版本，固定为 1")),
      id: z
        .string(says("id"))
        .check(
          z.regex(/^[a-z0-9][a-z0-9-]{1,63}$/, says("id")),
          z.describe("方案标识，小写字母、数字和连字符，如 xx-district-2025"),
        ),
      name: text("text_required", "方案名称"),
      issuer: text("text_required", "发文的上级工会，如 某某区总工会"),
      source: text("text_required", "依据的文件名称和文号"),
      year: integer("year", z.minimum(2000, says("year")), z.maximum(2100, says("year")), z.describe("文件年份")),
      official: z.boolean(says("official")).check(z.describe("true：正式标准；false：参考方案（报告中会注明）")),
      festival,
      caps: z
        .partialRecord(z.enum(CAP_REASONS), capValue, {
          error: (iss) => tag(codeOf(iss) === "unrecognized_keys" ? "caps_reason" : "caps"),
        })
        .check(z.describe("各慰问事由每次的上限（元）；未列出的事由不检查上限。节日慰问的限额写在 festival 中。")),
      repeats: z
        .partialRecord(z.enum(LISTS.condolenceReason), repeatValue, {
          error: (iss) => tag(codeOf(iss) === "unrecognized_keys" ? "repeats_reason" : "repeats"),
        })
        .check(z.describe("每人每年（或一生）的次数限制")),
      perCapita: z
        .array(perCapitaItem, says("per_capita"))
        .check(z.describe("活动人均标准（如春秋游每人每天200元、工作餐每人40元）")),
      dues: z
        .object(
          {
            rate: z
              .number(says("dues_rate"))
              .check(z.gt(0, says("dues_rate")), z.lt(0.1, says("dues_rate")), z.describe("会费比例，0.5% 写作 0.005")),
            truncationYuan: z
              .number(says("dues_truncation"))
              .check(z.minimum(0, says("dues_truncation")), z.describe("不计缴的工资尾数（元），一般为 10")),
          },
          says("dues"),
        )
        .check(z.describe("会费标准")),
      retentionRatio: z
        .number(says("retention_ratio"))
        .check(
          z.minimum(0, says("retention_ratio")),
          z.maximum(1, says("retention_ratio")),
          z.describe("基层工会留成比例，如 0.6"),
        ),
      codeSystem: z
        .enum(LISTS.codeSystem, says("code_system"))
        .check(z.describe("支出科目体系：2017（总工办发〔2017〕32号）或 2022（工会会计制度）")),
      festivals,
    },
    { error: (iss) => tag(codeOf(iss) === "unrecognized_keys" ? "unknown_field" : "not_object") },
  )
  .check(
    z.superRefine((f, ctx) => {
      // A festival with its own cap must be one for which gifts may be paid at all.
      const list: unknown = f.festivals;
      const shape: unknown = f.festival;
      if (!Array.isArray(list) || !isObj(shape) || shape["shape"] !== "perFestival" || !isObj(shape["capsYuan"]))
        return;
      for (const name of Object.keys(shape["capsYuan"])) {
        if (!list.includes(name))
          ctx.addIssue({
            code: "custom",
            message: tag("festival_unlisted"),
            path: ["festival", "capsYuan", name],
            input: name,
          });
      }
    }, whenObject),
    z.meta({
      $id: PROFILE_SCHEMA_ID,
      title: "工会经费标准方案（union-ledger 方案文件，第1版）",
      description:
        "上级工会根据所执行的省级实施细则编写的经费标准：各类慰问的每次上限、节日慰问限额、次数限制、活动人均标准、会费标准、科目体系和可发放节日慰问的节日。金额单位为元。用 `union-ledger profiles --check 文件` 检查，用 `union-ledger template --profile-file 文件` 生成带本方案的模板。",
    }),
  );

/** The fields of a profile file, in order (for the message about an unknown field). */
export const PROFILE_FIELDS: readonly string[] = Object.keys(profileFileSchema.shape);

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * A profile as an upper union writes it (schemas/profile.schema.json), as the checker returns it:
 * amounts in 元. Keys a nested object does not know are dropped (as the program always ignored them).
 */
export type ProfileFileV1 = DeepReadonly<z.output<typeof profileFileSchema>>;

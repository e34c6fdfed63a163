import type * as z from "zod/mini";
import { LISTS } from "../layout/lists.js";
import { CAP_REASONS, PROFILE_FIELDS, profileFileSchema, type ProfileFileV1 } from "./file-format.js";
import { err, ok, type Result } from "../result.js";
import {
  readTag,
  type MoneyField,
  type MoneyOf,
  type ProblemCode,
  type ProblemData,
  type ProblemParams,
  type ProfileProblem,
} from "./problems.js";

type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue;

/** `caps.生日慰问`, `perCapita[0].capYuan`; `$` for the whole file. */
export function pathText(path: Path): string {
  if (path.length === 0) return "$";
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join("");
}

const key = (path: Path, i: number): string => String(path[i] ?? "");

function moneyField(of: MoneyOf, path: Path): MoneyField {
  switch (of) {
    case "festival":
      return { of, festival: key(path, 2) };
    case "cap":
    case "raisedCap":
      return { of, reason: key(path, 1) };
    case "festivalPerMember":
    case "otherFestivals":
    case "perCapita":
      return { of };
  }
}

/** A problem from what the schema's check said (its code), where (the path) and what it found. */
function problemOf(message: string, path: Path, issue: Issue, input: unknown): ProblemData {
  const { code, of } = readTag(message);
  const value = typeof input === "number" ? input : Number.NaN;
  const money = (): MoneyField => moneyField(of ?? "cap", path);
  // The codes not named here take no facts: `plain` accepts only those, so a new code with facts
  // fails to compile until it has its case.
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- see above
  switch (code) {
    case "unknown_field":
      return {
        code,
        params: { field: key(path, path.length - 1), fields: PROFILE_FIELDS.filter((f) => f !== "$schema") },
      };
    case "text_required":
      return { code, params: { field: key(path, 0) as "name" | "issuer" | "source" } };
    case "festivals":
      return { code, params: { examples: LISTS.festival.slice(0, 3) } };
    case "festivals_duplicate":
      return { code, params: { duplicates: Array.isArray(input) ? input.map(String) : [] } };
    case "festival_unlisted":
      return { code, params: { festival: key(path, 2) } };
    case "money_not_number":
      return { code, params: { money: money() } };
    case "money_negative":
      return { code, params: { money: money(), value, positive: issue.code === "too_small" && !issue.inclusive } };
    case "money_decimals":
    case "money_too_large":
      return { code, params: { money: money(), value } };
    case "caps_reason": {
      const reason = key(path, 1);
      return reason === "节日慰问"
        ? { code: "caps_festival", params: {} }
        : { code, params: { reason, reasons: CAP_REASONS } };
    }
    case "repeats_reason":
      return { code, params: { reason: key(path, 1), reasons: LISTS.condolenceReason } };
    case "cap_shape":
      return { code, params: { reason: key(path, 1) } };
    case "per_capita_category":
      return { code, params: { categories: LISTS.activityCategory } };
    case "not_json":
      return { code, params: { detail: "" } }; // not a schema check: see parseProfile
    default:
      return plain(code);
  }
}

/** The codes whose message needs no facts. */
type PlainCode = {
  [C in ProblemCode]: Readonly<Record<never, never>> extends ProblemParams[C] ? C : never;
}[ProblemCode];
const plain = (code: PlainCode): ProblemData => ({ code, params: {} }) as ProblemData;

/**
 * The issues of one failed parse as problems. An issue of a union whose input fits one branch by
 * its type (an amount given as an object, a repeat limit as a number) is that branch's issues; a key
 * an object or record does not know is one problem per key.
 */
function problemsOf(issues: readonly Issue[], prefix: Path, out: (ProblemData & { path: Path })[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const fitting = issue.errors.filter(
        (branch) => !branch.some((i) => i.path.length === 0 && i.code === "invalid_type"),
      );
      if (fitting.length === 1 && fitting[0]) {
        problemsOf(fitting[0], path, out);
        continue;
      }
    }
    if (issue.code === "unrecognized_keys") {
      const input: unknown = issue.input;
      for (const k of issue.keys) {
        const at = [...path, k];
        out.push({
          ...problemOf(
            issue.message,
            at,
            issue,
            typeof input === "object" && input !== null ? (input as Record<string, unknown>)[k] : undefined,
          ),
          path: at,
        });
      }
      continue;
    }
    out.push({ ...problemOf(issue.message, path, issue, issue.input), path });
  }
}

const own = (o: unknown, k: string): o is Record<string, unknown> =>
  typeof o === "object" && o !== null && !Array.isArray(o) && Object.hasOwn(o, k);

/**
 * zod leaves a `__proto__` key out of a record without a word (so that it cannot replace the
 * result's prototype). No reason or festival is called that: as before, such a key is a mistake.
 */
function protoKeys(data: unknown): (ProblemData & { path: Path })[] {
  const out: (ProblemData & { path: Path })[] = [];
  if (!own(data, "caps") && !own(data, "repeats") && !own(data, "festival")) return out;
  const p = "__proto__";
  if (own(data["caps"], p))
    out.push({ code: "caps_reason", params: { reason: p, reasons: CAP_REASONS }, path: ["caps", p] });
  if (own(data["repeats"], p))
    out.push({ code: "repeats_reason", params: { reason: p, reasons: LISTS.condolenceReason }, path: ["repeats", p] });
  const festival = data["festival"];
  const festivals = data["festivals"];
  if (
    own(festival, "capsYuan") &&
    own(festival["capsYuan"], p) &&
    !(Array.isArray(festivals) && festivals.includes(p))
  ) {
    out.push({ code: "festival_unlisted", params: { festival: p }, path: ["festival", "capsYuan", p] });
  }
  return out;
}

/**
 * Checks a parsed profile file against the schema (file-format.ts) and lists every mistake, each
 * with its path, code and facts (profiles/messages/ words them). Unknown fields come first: a
 * misspelt field also shows as a missing one.
 */
export function checkProfileFile(data: unknown): Result<ProfileFileV1, readonly ProfileProblem[]> {
  const parsed = profileFileSchema.safeParse(data, { reportInput: true });
  const found = protoKeys(data);
  if (parsed.success && found.length === 0) return ok(parsed.data);
  if (!parsed.success) problemsOf(parsed.error.issues, [], found);
  const ordered = [
    ...found.filter((p) => p.code === "unknown_field"),
    ...found.filter((p) => p.code !== "unknown_field"),
  ];
  // Two checks of one value may name the same problem (0.5 times: not whole, below 1): say it once.
  const seen = new Set<string>();
  const problems = ordered.flatMap((p) => {
    const path = pathText(p.path);
    const id = `${path}\u0000${p.code}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ code: p.code, params: p.params, path } as ProfileProblem];
  });
  return err(problems);
}

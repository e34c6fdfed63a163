import { LISTS, type CondolenceForm, type CondolenceReason } from "../layout/lists.js";

/**
 * Forms of payment (总工办发〔2014〕23号 and its supplementary notice; 总工办发〔2017〕32号):
 * never shopping cards, vouchers or gift cards; festival and birthday gifts in kind, not cash;
 * retirement gifts are souvenirs or goods.
 */
export const NEVER_ALLOWED_FORMS = ["购物卡", "代金券", "礼品卡"] as const;

export const FORM_LIMITS: Partial<Readonly<Record<CondolenceReason, { readonly allowed: readonly CondolenceForm[] }>>> =
  {
    节日慰问: { allowed: LISTS.condolenceForm.filter((f) => f !== "现金") },
    生日慰问: { allowed: LISTS.condolenceForm.filter((f) => f !== "现金") },
    退休离岗: { allowed: ["纪念品", "实物"] },
  };

/** The forms allowed for a reason, or undefined when the form is fine. */
export function formProblem(reason: string, form: string): readonly string[] | undefined {
  const allowed: readonly string[] = FORM_LIMITS[reason as CondolenceReason]?.allowed ?? LISTS.condolenceForm;
  if ((NEVER_ALLOWED_FORMS as readonly string[]).includes(form) || !allowed.includes(form)) return allowed;
  return undefined;
}

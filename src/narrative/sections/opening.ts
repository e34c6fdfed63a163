import type { Section } from "../../report/model.js";
import type { NarrativeContext } from "../context.js";
import { paragraph } from "../figures.js";

/** The opening: frames the year and leads into the sections (narrative.md). */
export function opening(ctx: NarrativeContext): Section {
  const { f, totals: t } = ctx;
  const guidance = ctx.upperUnion ? `在${ctx.upperUnion}的指导下，` : "";
  const focus = ctx.vary("opening.focus", [
    "紧紧围绕单位中心工作，坚持服务职工群众，扎实推进组织建设、职工活动、帮扶慰问和经费管理各项工作",
    "围绕中心、服务大局，以维护职工合法权益、服务职工群众为着力点，认真做好会员管理、文体活动、送温暖和经费管理等工作",
  ]);
  return {
    id: "opening",
    title: "",
    blocks: [
      paragraph(
        f.year(),
        "，",
        t.unionName || "本会",
        guidance,
        focus,
        "。",
        ctx.vary("opening.leadin", ["现将全年工作情况总结如下：", "现将一年来的主要工作总结如下："]),
      ),
    ],
  };
}

import type { ActivityCategory } from "../../layout/lists.js";

/**
 * The work areas a union's summary is organised by (the seeds in shared/reference: 思想政治引领, 民主管理/职代会,
 * 劳动竞赛, 职工教育, 文体活动, 女职工工作…), in their order, with the 活动类别 each gathers and the places for what
 * the ledger cannot know. An area appears when its categories have activities or it has such a place.
 * 会议 is no work area: meetings are counted in the year's total, never presented as events.
 */
export interface WorkArea {
  readonly id: string;
  /** The subsection heading, after its （一） number. */
  readonly title: string;
  readonly categories: readonly ActivityCategory[];
  /** What the events are called in the sentence ("组织开展…等劳动竞赛8次"). */
  readonly noun: string;
  /** A 【请补充】 place after the area's figures: what the seeds report there and no ledger holds. */
  readonly fill?: { readonly id: string; readonly title: string; readonly prompt: string };
}

export const WORK_AREAS: readonly WorkArea[] = [
  {
    id: "ideology",
    title: "思想政治引领",
    categories: ["宣传活动"],
    noun: "宣传教育活动",
    fill: {
      id: "ideology",
      title: "党建和思想政治引领",
      prompt: "党建引领和思想政治引领工作，如理论学习、主题教育的开展情况和成效",
    },
  },
  {
    id: "democracy",
    title: "民主管理",
    categories: ["职代会与民主管理"],
    noun: "职代会和民主管理活动",
    fill: { id: "openness", title: "厂务公开与集体协商", prompt: "厂务公开（校务公开）、集体协商和签订集体合同的情况" },
  },
  {
    id: "competition",
    title: "劳动竞赛",
    categories: ["劳动竞赛"],
    noun: "劳动竞赛",
    fill: { id: "safety", title: "安全生产监督", prompt: "安全生产监督和劳动保护工作情况" },
  },
  { id: "education", title: "职工教育培训", categories: ["职工教育培训"], noun: "职工教育培训" },
  { id: "culture", title: "文体活动", categories: ["文体活动", "春秋游"], noun: "文体活动" },
  { id: "women", title: "女职工工作", categories: ["女职工活动"], noun: "女职工活动" },
  { id: "models", title: "劳模疗休养", categories: ["劳模疗休养"], noun: "劳模和职工疗休养" },
  { id: "other", title: "其他活动", categories: ["其他"], noun: "其他活动" },
];

/** In 一、组织建设, after the dues: the seeds' 自身建设 / 建家. */
export const HOME_FILL = { id: "home", title: "职工之家建设", prompt: "职工之家建设和工会自身建设情况" } as const;

import { useEffect, useMemo, useRef } from "react";
import { echartsOption, type ChartSpec } from "union-ledger";
import { echarts } from "../../browser/echarts-setup.js";
import { chartInLocale } from "../i18n/chart-text.js";
import { useLocale, useStrings } from "../i18n/locale.js";

/** A small chart in the pane: the same spec and option as the report's, drawn on a canvas, in the pane's language. */
export function MiniChart({ spec: chinese, className }: { readonly spec: ChartSpec; readonly className: string }) {
  const s = useStrings();
  const locale = useLocale();
  const spec = useMemo(() => chartInLocale(chinese, locale), [chinese, locale]);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const width = el.clientWidth || 320;
    // `locale` is ECharts' own words (its aria and tooltip texts); "ZH" and "EN" are built in (echarts/core).
    const chart = echarts.init(el, null, {
      renderer: "canvas",
      width,
      height: 180,
      locale: locale === "en" ? "EN" : "ZH",
    });
    const option = echartsOption(spec, { width });
    // Smaller text and no title: the pane shows the title as the chart's accessible name instead. ECharts'
    // aria component would replace that name on this element with the description alone: off here.
    chart.setOption({
      ...option,
      aria: { enabled: false },
      title: { show: false },
      legend: { ...option.legend, top: 0 },
      grid: { ...option.grid, top: 28 },
    });
    return () => chart.dispose();
  }, [spec, locale]);
  return <div ref={ref} className={className} role="img" aria-label={s.chartLabel(spec.title, spec.description)} />;
}

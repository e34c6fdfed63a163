import { useEffect, useRef } from "react";
import { echartsOption, type ChartSpec } from "union-ledger";
import { echarts } from "../../browser/echarts-setup.js";

/** A small chart in the pane: the same spec and option as the report's, drawn on a canvas. */
export function MiniChart({ spec, className }: { readonly spec: ChartSpec; readonly className: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const width = el.clientWidth || 320;
    const chart = echarts.init(el, null, { renderer: "canvas", width, height: 180 });
    const option = echartsOption(spec, { width });
    // Smaller text and no title: the pane shows the title as the chart's accessible name instead.
    chart.setOption({
      ...option,
      title: { show: false },
      legend: { ...option.legend, top: 0 },
      grid: { ...option.grid, top: 28 },
    });
    return () => chart.dispose();
  }, [spec]);
  return <div ref={ref} className={className} role="img" aria-label={`${spec.title}：${spec.description}`} />;
}

/**
 * A Mermaid `xychart-beta` bar chart, which GitHub renders inline. Labels come from config and export
 * headers, so they are reduced to characters that cannot end the quoted string, the chart or the
 * surrounding code fence.
 */
export interface BarChart {
  title: string;
  labels: readonly string[];
  values: readonly number[];
  yAxis: string;
  /** Bars run left to right: better for long category names. */
  horizontal?: boolean;
}

const LABEL_LENGTH = 40;

export function renderBarChart(chart: BarChart): string {
  const top = Math.max(1, ...chart.values);
  return [
    "```mermaid",
    chart.horizontal === true ? "xychart-beta horizontal" : "xychart-beta",
    `    title "${mermaidLabel(chart.title, 80)}"`,
    `    x-axis [${chart.labels.map((label) => `"${mermaidLabel(label, LABEL_LENGTH)}"`).join(", ")}]`,
    `    y-axis "${mermaidLabel(chart.yAxis, LABEL_LENGTH)}" 0 --> ${top}`,
    `    bar [${chart.values.join(", ")}]`,
    "```",
  ].join("\n");
}

/** Keeps letters, digits, spaces and harmless punctuation; shortens with an ellipsis. */
export function mermaidLabel(text: string, maxLength: number): string {
  const cleaned = text
    .replace(/[^\p{L}\p{N} .,:?!()/&+'%=-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.length <= maxLength ? cleaned : `${cleaned.slice(0, maxLength - 1).trimEnd()}…`;
}

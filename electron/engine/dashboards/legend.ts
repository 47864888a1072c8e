/** Series names from a target's legendFormat, as Grafana's Prometheus data source builds them. */

/**
 * `{{label}}` replaced by the series' label (empty when missing); with no format or `__auto`, the series'
 * own name: `metric{a="b", c="d"}`.
 */
export function legendName(legendFormat: string | undefined, labels: Record<string, string>): string {
  if (legendFormat && legendFormat !== '__auto') {
    return legendFormat.replace(/\{\{\s*(.+?)\s*\}\}/g, (_, label: string) => labels[label] ?? '');
  }
  const name = labels.__name__ ?? '';
  const rest = Object.entries(labels)
    .filter(([key]) => key !== '__name__')
    .map(([key, value]) => `${key}="${value}"`)
    .join(', ');
  return `${name}{${rest}}`;
}

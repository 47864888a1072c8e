/**
 * Finds the scenario runbook a `runbook_url` annotation points at. Real rules link to a wiki; a scenario
 * ships its runbooks as `runbooks/<name>.md`, and any URL or path whose last segment is `<name>` (with or
 * without `.md`) opens that file — so `https://runbooks.example.invalid/checkout/high-error-rate` and
 * `runbooks/high-error-rate.md` both name `runbooks/high-error-rate.md`.
 */
export function resolveRunbook(runbooks: Readonly<Record<string, string>>, ref: string): { path: string; markdown: string } | undefined {
  const direct = runbooks[ref];
  if (direct !== undefined) return { path: ref, markdown: direct };
  const withoutQuery = ref.split(/[?#]/)[0] ?? '';
  const segment = withoutQuery.replace(/\/+$/, '').split('/').pop() ?? '';
  const path = `runbooks/${segment.replace(/\.md$/, '')}.md`;
  const markdown = runbooks[path];
  return markdown === undefined ? undefined : { path, markdown };
}

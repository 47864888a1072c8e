import { describe, expect, it } from 'vitest';
import { emptyPostmortem } from './document';
import { cell, postmortemMarkdown } from './markdown';
import { reviewPostmortem } from './review';
import type { PostmortemDocument } from './types';

const META = { scenarioTitle: 'Checkout errors after a Friday deploy', learner: 'Sam', savedAt: '2026-03-13 10:20 UTC' };

const DOC: PostmortemDocument = {
  ...emptyPostmortem(),
  title: 'Checkout payments failing',
  summary: 'Checkout v2.4.0 failed a third of requests.',
  timeline: [{ at: '10:02:00', text: 'Deployed v2.4.0 | all pods' }],
  trigger: 'The v2.4.0 release.',
  rootCause: 'The new order total calculation failed.\nLee forgot to run the migration.',
  whys: ['Errors rose.', '', 'The totals code failed.', '', ''],
  contributingFactors: ['No canary stage.', ''],
  actionItems: [
    { title: 'Add a canary | staged rollout', owner: 'Marco', due: '2026-04-10', type: 'prevent' },
    { title: 'Alert on new-version errors', owner: '', due: '', type: 'detect' },
  ],
};

describe('postmortem Markdown', () => {
  const markdown = postmortemMarkdown(DOC, reviewPostmortem(DOC, undefined), META);

  it('has the standard headings in order', () => {
    const headings = markdown.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Checkout payments failing', '## Summary', '## Impact', '## Timeline', '## Trigger', '## Root cause', '## Five whys',
      '## Contributing factors', '## Lessons learned', '### What went well', '### What went badly', '### Where we got lucky',
      '## Action items', '## Review notes',
    ]);
  });

  it('tables the timeline and the action items, with pipes in cells escaped', () => {
    expect(markdown).toContain('| Time (UTC) | Event |\n| --- | --- |\n| 10:02:00 | Deployed v2.4.0 \\| all pods |');
    expect(markdown).toContain('| Action item | Type | Owner | Due |\n| --- | --- | --- | --- |\n| Add a canary \\| staged rollout | prevent | Marco | 2026-04-10 |\n| Alert on new-version errors | detect |  |  |');
  });

  it('numbers the whys, marks empty sections and lists the review notes', () => {
    expect(markdown).toContain('1. Errors rose.\n2. _(not answered)_\n3. The totals code failed.');
    expect(markdown).toContain('## Impact\n\n_Not written._');
    expect(markdown).toContain('- No canary stage.\n\n');
    expect(markdown).toContain('- Blame language in the root cause: “Lee forgot to”.');
    expect(markdown).toContain('- Action item 2: no owner, no due date');
    expect(markdown).toContain('Drill: Checkout errors after a Friday deploy · Author: Sam · Saved: 2026-03-13 10:20 UTC');
  });

  it('is deterministic and handles an empty postmortem', () => {
    expect(postmortemMarkdown(DOC, reviewPostmortem(DOC, undefined), META)).toBe(markdown);
    const empty = postmortemMarkdown(emptyPostmortem(), reviewPostmortem(emptyPostmortem(), undefined), META);
    expect(empty.startsWith('# Postmortem\n')).toBe(true);
    expect(empty).toContain('## Action items\n\n_None._');
    expect(empty).not.toContain('## Review notes');
  });

  it('escapes backslashes before pipes so a cell cannot un-escape its own pipe', () => {
    expect(cell('a \\| b\nc')).toBe('a \\\\\\| b c');
  });
});

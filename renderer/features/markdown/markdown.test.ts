import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';
import type { Block } from './markdown';
import { inlineText, parseInline } from './inline';
import { parseMarkdown } from './markdown';

const html = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe('parseMarkdown', () => {
  it.each<[string, string, Block[]]>([
    ['ATX heading', '## Checkout errors ##', [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Checkout errors' }] }]],
    ['seven hashes are text', '####### no', [{ type: 'paragraph', children: [{ type: 'text', text: '####### no' }] }]],
    ['paragraph lines join', 'one\ntwo\n\nthree', [
      { type: 'paragraph', children: [{ type: 'text', text: 'one two' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'three' }] },
    ]],
    ['bullet list', '- a\n* b\n+ c', [{ type: 'list', ordered: false, start: 1, items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }], [{ type: 'text', text: 'c' }]] }]],
    ['ordered list keeps its start', '3. x\n4) y', [{ type: 'list', ordered: true, start: 3, items: [[{ type: 'text', text: 'x' }], [{ type: 'text', text: 'y' }]] }]],
    ['indented line continues an item', '1. roll back\n   the deploy', [{ type: 'list', ordered: true, start: 1, items: [[{ type: 'text', text: 'roll back the deploy' }]] }]],
    ['fenced code keeps its text', '```sh\nkubectl get pods\n  -n shop\n```', [{ type: 'code', lang: 'sh', text: 'kubectl get pods\n  -n shop' }]],
    ['unclosed fence runs to the end', '~~~\na', [{ type: 'code', lang: '', text: 'a' }]],
    ['thematic break, not a list', '* * *', [{ type: 'rule' }]],
    ['block quote', '> note\n> more', [{ type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'note more' }] }] }]],
  ])('%s', (_name, source, blocks) => {
    expect(parseMarkdown(source)).toEqual(blocks);
  });

  it('ends a paragraph where a list or heading starts', () => {
    expect(parseMarkdown('Steps:\n1. look\n# Next').map((b) => b.type)).toEqual(['paragraph', 'list', 'heading']);
  });

  it('keeps a loose list (blank lines between items) as one list', () => {
    const blocks = parseMarkdown('- a\n\n- b\n\nafter');
    expect(blocks.map((b) => b.type)).toEqual(['list', 'paragraph']);
    expect(blocks[0]).toMatchObject({ items: [[{ text: 'a' }], [{ text: 'b' }]] });
  });
});

describe('parseInline', () => {
  it.each<[string, string]>([
    ['`a*b*`', 'code(a*b*)'],
    ['**bold** and *it* and _it_', 'strong(bold) and em(it) and em(it)'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['[dashboard](http://grafana.invalid/d/1)', 'link(dashboard|http://grafana.invalid/d/1)'],
    ['**[x](y)**', 'strong(link(x|y))'],
    ['\\*not em\\*', '*not em*'],
    ['a * b * c', 'a * b * c'],
    ['unclosed `tick', 'unclosed `tick'],
  ])('%s', (source, expected) => {
    const show = (nodes: ReturnType<typeof parseInline>): string =>
      nodes
        .map((n) => {
          if (n.type === 'text') return n.text;
          if (n.type === 'code') return `code(${n.text})`;
          if (n.type === 'link') return `link(${show(n.children)}|${n.href})`;
          return `${n.type}(${show(n.children)})`;
        })
        .join('');
    expect(show(parseInline(source))).toBe(expected);
  });

  it('gives the plain text of formatted content', () => {
    expect(inlineText(parseInline('Roll **back** via [the runbook](runbooks/x.md)'))).toBe('Roll back via the runbook (runbooks/x.md)');
  });
});

describe('Markdown', () => {
  it('renders blocks as elements', () => {
    expect(html('# Title\n\n1. one\n2. *two*\n\n```\ncode\n```')).toBe(
      '<div class="markdown"><h1>Title</h1><ol><li>one</li><li><em>two</em></li></ol><pre tabindex="0"><code>code</code></pre></div>',
    );
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    const out = html('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows a link as its text and address, not as a followable link', () => {
    const out = html('[click](javascript:alert(1))');
    expect(out).not.toContain('<a');
    expect(out).not.toContain(' href=');
    expect(out).toContain('click <span class="md-href">(javascript:alert(1))</span>');
  });
});

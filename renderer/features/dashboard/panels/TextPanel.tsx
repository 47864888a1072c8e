import { memo } from 'react';
import { Markdown } from '../../markdown/Markdown';
import type { Panel } from '../../../../electron/contract';

/**
 * Grafana's text panel. Markdown is rendered with Firedrill's renderer (no raw HTML); `html` mode is shown as
 * escaped text with a note, because a dashboard from a stranger must not run or inject markup.
 */
export const TextPanel = memo(function TextPanel({ panel, height }: { panel: Panel; height: number }) {
  const content = typeof panel.options?.content === 'string' ? panel.options.content : '';
  const mode = panel.options?.mode;
  // Text can overflow the panel and scroll: focusable, so keyboard users can scroll it too.
  const box = { className: 'text-panel', style: { maxHeight: height }, tabIndex: 0, role: 'document', 'aria-label': panel.title || 'Text' };
  if (mode === 'html') {
    return (
      <div {...box}>
        <p className="text-panel-note">HTML is not rendered here; the panel's source is shown as text.</p>
        <pre>{content}</pre>
      </div>
    );
  }
  if (mode === 'code') {
    return (
      <div {...box}>
        <pre>{content}</pre>
      </div>
    );
  }
  return (
    <div {...box}>
      <Markdown source={content} />
    </div>
  );
});

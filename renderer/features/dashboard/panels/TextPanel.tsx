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
  if (mode === 'html') {
    return (
      <div className="text-panel" style={{ maxHeight: height }}>
        <p className="text-panel-note">HTML is not rendered here; the panel's source is shown as text.</p>
        <pre>{content}</pre>
      </div>
    );
  }
  if (mode === 'code') {
    return (
      <div className="text-panel" style={{ maxHeight: height }}>
        <pre>{content}</pre>
      </div>
    );
  }
  return (
    <div className="text-panel" style={{ maxHeight: height }}>
      <Markdown source={content} />
    </div>
  );
});

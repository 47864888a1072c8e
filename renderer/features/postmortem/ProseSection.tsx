import { BlameFlags } from './BlameFlags';
import type { ProseField } from './document-edit';
import { PROSE_SECTIONS } from './guidance';
import type { BlameFinding } from './types';

/** One prose section of the template: label, guidance, the text box, and the blame flags of what is in it. */
export function ProseSection({
  field,
  value,
  findings,
  onChange,
  onApply,
}: {
  field: ProseField;
  value: string;
  findings: BlameFinding[];
  onChange(text: string): void;
  onApply(finding: BlameFinding): void;
}) {
  const { label, guidance, rows } = PROSE_SECTIONS[field];
  const id = `pm-${field}`;
  const flagged = findings.length > 0;
  return (
    <div className={flagged ? 'pm-section pm-flagged' : 'pm-section'}>
      <label htmlFor={id}>{label}</label>
      <p className="pm-guidance" id={`${id}-guidance`}>
        {guidance}
      </p>
      {rows === 1 ? (
        <input id={id} type="text" value={value} aria-describedby={describedBy(id, flagged)} aria-invalid={flagged || undefined} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <textarea id={id} rows={rows} value={value} aria-describedby={describedBy(id, flagged)} aria-invalid={flagged || undefined} onChange={(e) => onChange(e.target.value)} />
      )}
      <BlameFlags id={`${id}-blame`} findings={findings} onApply={onApply} />
    </div>
  );
}

function describedBy(id: string, flagged: boolean): string {
  return flagged ? `${id}-guidance ${id}-blame` : `${id}-guidance`;
}

import { describe, expect, it } from 'vitest';
import { SEVERITY_LIST } from './contract-lists';
import { SEVERITY_DEFINITIONS, severityTooltip } from './labels';

describe('severity definitions', () => {
  it('calls SEV1 and SEV2 major incidents and nothing milder', () => {
    expect(SEVERITY_LIST.filter((s) => SEVERITY_DEFINITIONS[s].response === 'Major incident')).toEqual(['SEV1', 'SEV2']);
  });

  it('puts the level, its definition and its response in the tooltip', () => {
    expect(severityTooltip('SEV3')).toBe('SEV3 (Partial): Partial or minor impact, or likely to become a SEV2 if left alone. Response: high-urgency page.');
  });
});

import { describe, expect, it } from 'vitest';
import { fieldError, formError, formLevelError } from './errors';

describe('formError', () => {
  it('drops the request and field names from a validation error', () => {
    expect(formError({ code: 'bad_input', message: 'incident.assign: reportIn: not a valid duration (e.g. 5m)', field: 'reportIn' }, 'incident.assign')).toEqual({
      message: 'not a valid duration (e.g. 5m)',
      field: 'reportIn',
    });
  });
  it('keeps a refusal without a field as it is', () => {
    expect(formError({ code: 'conflict', message: 'Priya already holds the ops role' }, 'incident.assign')).toEqual({ message: 'Priya already holds the ops role' });
  });
});

describe('where an error shows', () => {
  const error = { message: 'not a valid duration (e.g. 15m)', field: 'update.nextUpdateIn' };
  it('beside its field', () => {
    expect(fieldError(error, 'update.nextUpdateIn')).toBe(error.message);
    expect(fieldError(error, 'update.impact')).toBeUndefined();
  });
  it('at the form’s foot when no field of the form shows it', () => {
    expect(formLevelError(error, ['update.impact', 'update.nextUpdateIn'])).toBeUndefined();
    expect(formLevelError(error, ['update.impact'])).toBe(error.message);
    expect(formLevelError({ message: 'no drill' }, ['update.impact'])).toBe('no drill');
    expect(formLevelError(undefined, [])).toBeUndefined();
  });
});

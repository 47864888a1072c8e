import type { RequestError } from '../../../electron/contract';

/** A form's failure as its form shows it: the reason, and the field it belongs next to when the back end named one. */
export type FormError = { message: string; field?: string };

/**
 * A back-end error as a form shows it. Validation errors read "method: field: reason"; beside the field only
 * the reason is needed, and the method name means nothing to a learner anywhere.
 */
export function formError(error: RequestError, method: string): FormError {
  let message = error.message;
  if (message.startsWith(`${method}: `)) message = message.slice(method.length + 2);
  if (error.field !== undefined && message.startsWith(`${error.field}: `)) message = message.slice(error.field.length + 2);
  return error.field === undefined ? { message } : { message, field: error.field };
}

/** The error to show beside a field (`update.impact` under the impact box); the form-wide one has no field or an unknown one. */
export function fieldError(error: FormError | undefined, field: string): string | undefined {
  return error?.field === field ? error.message : undefined;
}

/** The error to show at the form's foot: any error not shown beside one of the form's fields. */
export function formLevelError(error: FormError | undefined, fields: readonly string[]): string | undefined {
  if (!error) return undefined;
  return error.field !== undefined && fields.includes(error.field) ? undefined : error.message;
}

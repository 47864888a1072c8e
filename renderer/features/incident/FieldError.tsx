/** A field's error, beside the field (which points at it with aria-describedby), announced when it appears. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="form-error" role="alert">
      {message}
    </span>
  );
}

/** A form's error that belongs to no one field, announced when it appears. */
export function FormErrorLine({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

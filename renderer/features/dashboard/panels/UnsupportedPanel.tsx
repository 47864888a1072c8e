import { memo } from 'react';

/** A panel type Firedrill does not draw: said plainly, and kept as it is so export loses nothing. */
export const UnsupportedPanel = memo(function UnsupportedPanel({ type }: { type: string }) {
  return (
    <div className="panel-message panel-unsupported">
      Unsupported panel type “{type}”: kept as it is on export.
    </div>
  );
});

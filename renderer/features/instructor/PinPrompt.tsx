import { useState } from 'react';

/** Asks for the instructor PIN, or for a new one when none is set yet. */
export function PinPrompt({ pinSet, error, onSubmit }: { pinSet: boolean; error?: string; onSubmit: (pin: string) => void }) {
  const [pin, setPin] = useState('');
  const label = pinSet ? 'Instructor PIN' : 'Choose an instructor PIN (4–12 digits)';
  return (
    <form
      className="instructor-pin"
      aria-label="Instructor PIN"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(pin);
      }}
    >
      <h1>Instructor console</h1>
      <label>
        {label}
        <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} />
      </label>
      <button type="submit">{pinSet ? 'Unlock' : 'Set PIN'}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

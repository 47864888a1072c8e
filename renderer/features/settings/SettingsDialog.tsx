import { useState } from 'react';
import type { Settings } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { Dialog } from '../incident/Dialog';

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'dark', label: 'Dark' },
  { value: 'light', label: 'Light' },
  { value: 'projector', label: 'Projector (high contrast, large type)' },
];
const TEXT_SIZES: { value: Settings['textSize']; label: string }[] = [
  { value: 'S', label: 'Small' },
  { value: 'M', label: 'Medium' },
  { value: 'L', label: 'Large' },
];
const SPEEDS: { value: Settings['defaultSpeed']; label: string }[] = [
  { value: 1, label: '1×' },
  { value: 10, label: '10×' },
  { value: 60, label: '60×' },
];

/** A group of radio buttons for one setting; choosing one applies it at once. */
function Choice<T extends string | number>({ legend, name, options, value, onChange }: { legend: string; name: string; options: { value: T; label: string }[]; value: T; onChange(value: T): void }) {
  return (
    <fieldset className="settings-choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)}>
          <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Theme, text size and the speed new drills start at. Each change is stored and applied immediately. */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const settings = useAppStore((s) => s.settings);
  const update = useAppStore((s) => s.updateSettings);
  return (
    <Dialog title="Settings" onClose={onClose} className="settings-dialog">
      <Choice legend="Theme" name="theme" options={THEMES} value={settings.theme} onChange={(theme) => void update({ theme })} />
      <Choice legend="Text size" name="text-size" options={TEXT_SIZES} value={settings.textSize} onChange={(textSize) => void update({ textSize })} />
      <Choice legend="Default clock speed" name="default-speed" options={SPEEDS} value={settings.defaultSpeed} onChange={(defaultSpeed) => void update({ defaultSpeed })} />
    </Dialog>
  );
}

/** The button that opens the settings (in the picker and the drill header). */
export function SettingsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Settings
      </button>
      {open && <SettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

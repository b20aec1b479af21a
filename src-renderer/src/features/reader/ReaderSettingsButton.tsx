// The "Aa" button and its popover: the reader's text size in steps, its line width (narrow, medium, wide)
// and typeface (serif or sans). Native controls make it keyboard operable; the popover closes on Escape or a
// click outside. The settings are kept between sessions.
import { useId, type ReactNode } from 'react';
import {
  DEFAULT_READER_SETTINGS,
  LINE_WIDTHS,
  MAX_FONT_SIZE,
  MIN_FONT_SIZE,
  stepFontSize,
  TYPEFACES,
  type ReaderSettings,
} from './reader-settings';
import { setReaderSettings, useReaderSettings } from './use-reader-settings';

const WIDTH_LABELS = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } as const;
const TYPEFACE_LABELS = { serif: 'Serif', sans: 'Sans' } as const;

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
}): ReactNode {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div className="segmented">
        {props.options.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ReaderSettingsButton(): ReactNode {
  const settings = useReaderSettings();
  const id = useId();
  const popoverId = `reader-settings-${id.replace(/:/g, '')}`;
  const set = (change: Partial<ReaderSettings>): void => setReaderSettings({ ...settings, ...change });
  const size = settings.fontSize;
  return (
    <>
      <button
        type="button"
        className="reader-settings-button"
        popoverTarget={popoverId}
        aria-label="Reader settings"
        title="Reader settings: text size, line width, typeface"
      >
        <span aria-hidden="true">Aa</span>
      </button>
      <div id={popoverId} popover="auto" className="reader-settings" role="dialog" aria-label="Reader settings">
        <fieldset>
          <legend>Text size</legend>
          <div className="font-steps">
            <button
              type="button"
              aria-label="Smaller text"
              disabled={size <= MIN_FONT_SIZE}
              onClick={() => set({ fontSize: stepFontSize(size, -1) })}
            >
              A−
            </button>
            <output aria-live="polite" data-testid="reader-font-size">
              {size} px
            </output>
            <button
              type="button"
              aria-label="Larger text"
              disabled={size >= MAX_FONT_SIZE}
              onClick={() => set({ fontSize: stepFontSize(size, 1) })}
            >
              A+
            </button>
          </div>
        </fieldset>
        <Choice
          legend="Line width"
          name={`${popoverId}-width`}
          options={LINE_WIDTHS}
          labels={WIDTH_LABELS}
          value={settings.lineWidth}
          onChange={(lineWidth) => set({ lineWidth })}
        />
        <Choice
          legend="Typeface"
          name={`${popoverId}-face`}
          options={TYPEFACES}
          labels={TYPEFACE_LABELS}
          value={settings.typeface}
          onChange={(typeface) => set({ typeface })}
        />
        <button type="button" className="link" onClick={() => setReaderSettings(DEFAULT_READER_SETTINGS)}>
          Reset to defaults
        </button>
      </div>
    </>
  );
}

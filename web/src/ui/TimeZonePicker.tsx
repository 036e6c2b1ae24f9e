import { useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { browserZones, zoneChoices, zoneNamed } from './time-zones';

/**
 * A searchable time-zone field: a text box with the zones as its suggestions (`<datalist>`), the
 * browser's own zone first, IANA names only. Typing filters; a zone chosen from the list or typed in
 * full is saved at once; Enter or leaving the field with text that names no zone says so and keeps the
 * saved zone. A native input and list, so the keyboard and screen readers work as everywhere else.
 */
export function TimeZonePicker(props: {
  label: string;
  hint?: string;
  value: string | null;
  onChange: (zone: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const choices = useMemo(() => {
    const { supported, browserZone } = browserZones();
    return zoneChoices(supported, browserZone);
  }, []);
  const [text, setText] = useState(props.value ?? '');
  const [wrong, setWrong] = useState(false);
  useEffect(() => setText(props.value ?? ''), [props.value]);

  const settle = (typed: string, final: boolean) => {
    const zone = zoneNamed(typed, choices);
    if (zone) {
      setWrong(false);
      setText(zone);
      if (zone !== props.value) props.onChange(zone);
    } else if (final && typed.trim() !== '') setWrong(true);
  };
  const described = [props.hint && `${id}-hint`, wrong && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        list={`${id}-zones`}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.value ? undefined : t.settings.timeZoneNone}
        value={text}
        aria-invalid={wrong || undefined}
        aria-describedby={described || undefined}
        onChange={(event) => {
          setText(event.target.value);
          // A pick from the list arrives as a whole zone: saved at once; a part typed waits.
          settle(event.target.value, false);
        }}
        onBlur={() => settle(text, true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            settle(text, true);
          }
        }}
      />
      <datalist id={`${id}-zones`}>
        {choices.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {props.hint && (
        <p id={`${id}-hint`} className="muted">
          {props.hint}
        </p>
      )}
      {wrong && (
        <p id={`${id}-error`} className="inline-error" role="alert">
          {t.settings.timeZoneUnknown(text.trim())}
        </p>
      )}
    </div>
  );
}

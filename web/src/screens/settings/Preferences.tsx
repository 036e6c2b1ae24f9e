import { useEffect, useId, useMemo, useState } from 'react';
import type { MeUpdate, User } from '../../api/contract/account';
import { LOCALES, TONES } from '../../api/contract/common';
import { useI18n } from '../../i18n/I18nProvider';
import { zones } from '../../ui/time-zones';

/**
 * A radio group that saves as soon as a choice is made. The choice shows in the same event: the
 * saved value (optimistic in useUpdateMe) arrives a tick later, and a controlled radio would
 * otherwise snap back for that tick; a refused save brings the saved value back.
 */
function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  label: (option: T) => string;
  value: T;
  onChange: (value: T) => void;
}) {
  const [chosen, setChosen] = useState(props.value);
  useEffect(() => setChosen(props.value), [props.value]);
  return (
    <fieldset className="field choices">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name={props.name}
            value={option}
            checked={chosen === option}
            onChange={() => {
              setChosen(option);
              props.onChange(option);
            }}
          />
          <span>{props.label(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Language, the coach's tone, and the time zone. */
export function Preferences(props: { user: User; onChange: (change: MeUpdate) => void }) {
  const { t } = useI18n();
  const zoneId = useId();
  const { user } = props;
  const zoneList = useMemo(() => zones(user.time_zone), [user.time_zone]);
  return (
    <div className="stack">
      <Choice
        legend={t.settings.language}
        name="locale"
        options={LOCALES}
        label={(locale) => t.settings.languageNames[locale]}
        value={user.locale}
        onChange={(locale) => props.onChange({ locale })}
      />
      <Choice
        legend={t.settings.tone}
        name="tone"
        options={TONES}
        label={(tone) => t.settings.toneNames[tone]}
        value={user.tone}
        onChange={(tone) => props.onChange({ tone })}
      />
      <div className="field">
        <label htmlFor={zoneId}>{t.settings.timeZone}</label>
        <select
          id={zoneId}
          value={user.time_zone ?? ''}
          aria-describedby={`${zoneId}-hint`}
          onChange={(event) => props.onChange({ time_zone: event.target.value })}
        >
          {!user.time_zone && (
            <option value="" disabled>
              {t.settings.timeZoneNone}
            </option>
          )}
          {zoneList.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
        <p id={`${zoneId}-hint`} className="muted">
          {t.settings.timeZoneHint}
        </p>
      </div>
    </div>
  );
}

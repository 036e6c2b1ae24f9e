import { useEffect, useState } from 'react';
import type { MeUpdate, User } from '../../api/contract/account';
import { LOCALES, TONES } from '../../api/contract/common';
import { useI18n } from '../../i18n/I18nProvider';
import { TimeZonePicker } from '../../ui/TimeZonePicker';

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
  const { user } = props;
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
      <TimeZonePicker
        label={t.settings.timeZone}
        hint={t.settings.timeZoneHint}
        value={user.time_zone}
        onChange={(zone) => props.onChange({ time_zone: zone })}
      />
    </div>
  );
}

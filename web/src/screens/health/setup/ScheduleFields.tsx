import { useId, useMemo } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { zones } from '../../../ui/time-zones';
import { type ScheduleDraft, weekdayNames } from './schedule-draft';

/** A time of day with its label ("HH:MM": what the API takes). */
function TimeField(props: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="time"
        required
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

/** The day the plan is fitted to: the zone (the browser's suggested), wake and sleep times, work hours. */
export function ScheduleFields(props: { draft: ScheduleDraft; onChange: (draft: ScheduleDraft) => void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const { draft } = props;
  const set = (change: Partial<ScheduleDraft>) => props.onChange({ ...draft, ...change });
  const zoneList = useMemo(() => zones(draft.timeZone), [draft.timeZone]);
  const days = useMemo(() => weekdayNames(locale), [locale]);
  const toggleDay = (day: number) =>
    set({
      workDays: draft.workDays.includes(day)
        ? draft.workDays.filter((known) => known !== day)
        : [...draft.workDays, day].sort((first, second) => first - second),
    });
  return (
    <fieldset className="field stack">
      <legend>{t.healthSetup.dayTitle}</legend>
      <div className="field">
        <label htmlFor={`${id}-zone`}>{t.healthSetup.zone}</label>
        <select
          id={`${id}-zone`}
          value={draft.timeZone}
          aria-describedby={`${id}-zone-hint`}
          onChange={(event) => set({ timeZone: event.target.value })}
        >
          {zoneList.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
        <p id={`${id}-zone-hint`} className="muted small">
          {t.healthSetup.zoneHint}
        </p>
      </div>
      <div className="time-pair">
        <TimeField label={t.healthSetup.wake} value={draft.wake} onChange={(wake) => set({ wake })} />
        <TimeField label={t.healthSetup.sleep} value={draft.sleep} onChange={(sleep) => set({ sleep })} />
      </div>
      <label className="choice">
        <input type="checkbox" checked={draft.works} onChange={(event) => set({ works: event.target.checked })} />
        {t.healthSetup.works}
      </label>
      {draft.works && (
        <>
          <div className="time-pair">
            <TimeField
              label={t.healthSetup.workStart}
              value={draft.workStart}
              onChange={(workStart) => set({ workStart })}
            />
            <TimeField label={t.healthSetup.workEnd} value={draft.workEnd} onChange={(workEnd) => set({ workEnd })} />
          </div>
          <fieldset className="field choices">
            <legend>{t.healthSetup.workDays}</legend>
            {days.map((name, index) => (
              <label key={name} className="choice">
                <input
                  type="checkbox"
                  checked={draft.workDays.includes(index + 1)}
                  onChange={() => toggleDay(index + 1)}
                />
                {name}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <p className="muted small">{t.healthSetup.workHint}</p>
    </fieldset>
  );
}

import { useId, useState } from 'react';
import { useJoined } from '../../app/useJoined';
import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';
import { Loading } from '../../ui/States';
import { ProgramHistory } from './ProgramHistory';

type Program = 'recovery' | 'health';

/**
 * The history of each program the person is in: the recovery program's tracks, the health program's
 * habit tracks. In both, a switch chooses which one the chart shows; in neither, the recovery
 * program's history explains why it is empty.
 */
export default function HistoryScreen() {
  const { t } = useI18n();
  const id = useId();
  const joined = useJoined();
  const [picked, setPicked] = useState<Program | undefined>();
  const programs = (['recovery', 'health'] as const).filter((program) => joined.data?.[program]);
  const program = picked ?? programs[0] ?? 'recovery';
  return (
    <Screen title={t.history.title} lead={<p className="muted">{t.history.lead}</p>}>
      {joined.isPending && <Loading />}
      {programs.length > 1 && (
        <fieldset className="field choices">
          <legend>{t.history.program}</legend>
          {programs.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={`${id}-program`}
                value={option}
                checked={program === option}
                onChange={() => setPicked(option)}
              />
              {t.history.programs[option]}
            </label>
          ))}
        </fieldset>
      )}
      {!joined.isPending && <ProgramHistory key={program} program={program} />}
    </Screen>
  );
}

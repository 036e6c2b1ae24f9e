import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ProgressBar } from '../../ui/ProgressBar';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { useProgression } from './queries';

/** Each habit's strength (0–100 %, Loop Habit Tracker's smoothing) with its streak and status. */
export function HabitStrength() {
  const { t } = useI18n();
  const heading = useId();
  const progression = useProgression();
  const habits = progression.data?.habits ?? [];
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t.health.strengthTitle}</h2>
      {progression.isPending && <Loading />}
      {progression.isError && (
        <ErrorState
          what={t.health.strengthTitle}
          error={progression.error}
          onRetry={() => void progression.refetch()}
        />
      )}
      {progression.isSuccess && habits.length === 0 && <EmptyState>{t.health.strengthNone}</EmptyState>}
      <ul className="habits">
        {habits.map((habit) => {
          const strength = Math.round(habit.strength * 100);
          return (
            <li key={habit.habit_id}>
              <p>
                <strong>{habit.name}</strong>{' '}
                <span className="muted">
                  · {t.health.habitStatus[habit.status]} · {strength}% ·{' '}
                  {t.health.mastery(habit.mastery_level, habit.first_attempted, habit.last_attempted)}
                </span>
              </p>
              <ProgressBar label={t.health.strengthLabel(habit.name)} value={strength} tone="habit" />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { EmptyState, ErrorState, Loading } from '../../../ui/States';
import { useExercises, useTracks } from '../queries';
import { ExerciseForm } from './ExerciseForm';

/** The exercise section's heading id: "not for me" with no idea left points the person here. */
export const EXERCISES_HEADING = 'guided-exercises';

/** Scrolls to the guided exercises and puts the focus on their heading (keyboard and screen readers follow). */
export function showExercises(): void {
  const target = document.getElementById(EXERCISES_HEADING);
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  target?.focus({ preventScroll: true });
}

/** The guided exercises: a list to start one from, or the open one as a form. */
export function ExerciseSection(props: { open: string | null; onOpen: (exercise: string | null) => void }) {
  const { t } = useI18n();
  const exercises = useExercises();
  const { label } = useTracks();
  const section = useRef<HTMLElement>(null);
  const open = exercises.data?.exercises.find((exercise) => exercise.id === props.open);
  useEffect(() => {
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (props.open) section.current?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }, [props.open]);
  return (
    <section className="card" aria-labelledby={EXERCISES_HEADING} ref={section}>
      <h2 id={EXERCISES_HEADING} tabIndex={-1}>
        {t.exercises.title}
      </h2>
      {exercises.isPending && <Loading />}
      {exercises.isError && (
        <ErrorState what={t.exercises.loadingWhat} error={exercises.error} onRetry={() => void exercises.refetch()} />
      )}
      {open && <ExerciseForm key={open.id} exercise={open} onClose={() => props.onOpen(null)} />}
      {!open && exercises.data?.exercises.length === 0 && <EmptyState>{t.exercises.none}</EmptyState>}
      {!open && (
        <ul className="exercise-list">
          {exercises.data?.exercises.map((exercise) => (
            <li key={exercise.id}>
              <button type="button" className="exercise-list__item" onClick={() => props.onOpen(exercise.id)}>
                <span className="visually-hidden">{t.exercises.startHidden}</span>
                <span aria-hidden="true">{label(exercise.track).emoji}</span>
                <span className="exercise-list__title">{exercise.title}</span>
                <span className="muted">{t.exercises.minutes(exercise.minutes)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

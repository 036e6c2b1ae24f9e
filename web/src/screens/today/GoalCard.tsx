import { useId } from 'react';
import { Link } from '../../app/Link';
import { useI18n } from '../../i18n/I18nProvider';
import { Celebration } from '../../ui/Celebration';
import { ActionError, ErrorState, Loading } from '../../ui/States';
import { useCoaching, useDone, useGoalStep } from '../goals/queries';

/**
 * The active goal's one thing to do now: its step with Done, after Done the way to the next step,
 * or — when the coach asks a question first — the way to the Goals screen to answer it.
 */
export function GoalCard(props: { goalId: string }) {
  const { t } = useI18n();
  const heading = useId();
  const current = useGoalStep(props.goalId);
  const done = useDone(props.goalId);
  const coaching = useCoaching(props.goalId);
  const state = current.data;
  if (state?.state === 'closed') return null;
  const busy = done.isPending || coaching.isPending;
  return (
    <section className="card today-card" aria-labelledby={heading}>
      <p className="today-card__kind">{t.today.goalHeading}</p>
      <h2 id={heading}>🎯 {state?.goal.title ?? t.today.goalHeading}</h2>
      {current.isPending && <Loading />}
      {current.isError && (
        <ErrorState what={t.today.goalHeading} error={current.error} onRetry={() => void current.refetch()} />
      )}
      {state && <p className="badge badge--quiet">{t.today.goalStepsDone(state.goal.done_steps)}</p>}
      {state?.state === 'step' && state.step && (
        <>
          <p className="next__label">{t.today.goalStep}</p>
          <p className="today-card__text">{state.step.text}</p>
          <button type="button" className="button" disabled={busy} onClick={() => done.mutate()}>
            {t.today.goalDone}
            <span className="visually-hidden">: {state.step.text}</span>
          </button>
        </>
      )}
      {state?.state === 'between' && (
        <>
          {done.data && (
            <Celebration title={t.today.goalSaved}>
              <p className="muted">{done.data.done_step.text}</p>
            </Celebration>
          )}
          <button type="button" className="button" disabled={busy} onClick={() => coaching.mutate({ kind: 'next' })}>
            {t.today.goalNext}
          </button>
        </>
      )}
      {state?.state === 'question' && (
        <>
          <p className="today-card__text">{state.question?.text ?? t.today.goalQuestion}</p>
          <Link to="/goals" className="button">
            {t.today.goalAnswer}
          </Link>
        </>
      )}
      <ActionError error={done.error ?? coaching.error} />
    </section>
  );
}

import { useState } from 'react';
import type { Goal, Step } from '../../api/contract/goals';
import { useMe } from '../../app/useMe';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import type { Said } from './CurrentGoal';
import { useDone } from './queries';
import { RephraseForm } from './RephraseForm';

/** The one current step: Done, or Rephrase with what is wrong with it. */
export function StepCard(props: { goal: Goal; step: Step; onSaid: (said: Said) => void }) {
  const { t } = useI18n();
  const tone = useMe().data?.user.tone ?? 'friendly';
  const done = useDone(props.goal.id);
  const [rephrasing, setRephrasing] = useState(false);
  const { step } = props;
  const finish = () =>
    done.mutate(undefined, {
      onSuccess: (reply) =>
        props.onSaid({
          text: t.goals.stepDone(reply.goal.done_steps, reply.goal.title, tone),
          undoUntil: reply.undo_until,
        }),
    });
  return (
    <div className="step" role="group" aria-label={t.goals.current}>
      <p className="step__label">{step.rephrased ? t.goals.rephrased : t.goals.current}</p>
      <p className="step__text">👣 {step.text}</p>
      {step.estimated_minutes !== null && <p className="muted">⏱ {t.common.aboutMinutes(step.estimated_minutes)}</p>}
      {rephrasing ? (
        <RephraseForm goalId={props.goal.id} onSaid={props.onSaid} onClose={() => setRephrasing(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={finish} disabled={done.isPending}>
            {t.goals.done}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setRephrasing(true)}>
            {t.goals.rephrase}
          </button>
        </div>
      )}
      <ActionError error={done.error} />
    </div>
  );
}

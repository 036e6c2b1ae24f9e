import { isCrisisOnly } from '../../api/goals';
import type { Goal } from '../../api/contract/goals';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import type { Said } from './CurrentGoal';
import { useCoaching, useUndo } from './queries';

/** Between steps: the next one when asked for, and Undo for a Done just sent. */
export function Between(props: { goal: Goal; undoUntil: string | undefined; onSaid: (said: Said) => void }) {
  const { t } = useI18n();
  const coaching = useCoaching(props.goal.id);
  const undo = useUndo(props.goal.id);
  const { goal } = props;
  const canUndo = props.undoUntil !== undefined && Date.parse(props.undoUntil) > Date.now();
  const next = () =>
    coaching.mutate(
      { kind: 'next' },
      { onSuccess: (reply) => props.onSaid(isCrisisOnly(reply) ? { safety: reply.safety } : {}) },
    );
  const takeBack = () =>
    undo.mutate(undefined, { onSuccess: (reply) => props.onSaid({ text: t.goals.undone(reply.discarded) }) });
  return (
    <div className="step" role="group" aria-label={t.goals.current}>
      <p>{goal.done_steps > 0 ? t.goals.between(goal.title) : t.goals.noStepYet(goal.title)}</p>
      <div className="actions">
        <button type="button" className="button" onClick={next} disabled={coaching.isPending}>
          {t.goals.next}
        </button>
        {canUndo && (
          <button type="button" className="button button--quiet" onClick={takeBack} disabled={undo.isPending}>
            {t.goals.undo}
          </button>
        )}
      </div>
      <ActionError error={coaching.error ?? undo.error} />
    </div>
  );
}

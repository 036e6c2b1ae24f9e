import { useEffect, useId, useRef, useState } from 'react';
import type { Safety } from '../../api/contract/common';
import type { Goal } from '../../api/contract/goals';
import { useI18n } from '../../i18n/I18nProvider';
import { SafetyNotice } from '../../ui/SafetyNotice';
import { ErrorState, Loading } from '../../ui/States';
import { Between } from './Between';
import { Clarification } from './Clarification';
import { FinishedSteps } from './FinishedSteps';
import { useGoalStep } from './queries';
import { StepCard } from './StepCard';

/** What a step action said: a crisis reply (shown first), or a line such as "well done". */
export interface Said {
  safety?: Safety;
  text?: string;
  /** After Done: Undo is offered until then. */
  undoUntil?: string;
}

/**
 * The active goal: its current step, question or the pause between steps, then its finished steps. A goal just
 * created (`arrived`) is brought into view with the focus on its title, and names the goal it paused (`paused`).
 */
export function CurrentGoal(props: { goal: Goal; arrived?: boolean; paused?: string }) {
  const { t } = useI18n();
  const heading = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const state = useGoalStep(props.goal.id);
  const [said, setSaid] = useState<Said>({});
  const current = state.data;
  const { arrived } = props;
  useEffect(() => {
    // The form that created it sits below the list: without this the new step stays off-screen.
    if (!arrived) return;
    title.current?.scrollIntoView({ block: 'start' });
    title.current?.focus({ preventScroll: true });
  }, [arrived]);
  return (
    <section className="card current-goal" aria-labelledby={heading}>
      <h2 id={heading} ref={title} tabIndex={-1}>
        🎯 {props.goal.title}
      </h2>
      {props.paused && <p className="notice">{t.goals.pausedBefore(props.paused)}</p>}
      {said.safety && <SafetyNotice safety={said.safety} />}
      {said.text && (
        <p role="status" className="notice">
          {said.text}
        </p>
      )}
      {state.isPending && <Loading />}
      {state.isError && <ErrorState what={t.goals.current} error={state.error} onRetry={() => void state.refetch()} />}
      {current?.state === 'step' && current.step && (
        <StepCard goal={current.goal} step={current.step} onSaid={setSaid} />
      )}
      {current?.state === 'question' && current.question && (
        <Clarification
          key={current.question.id}
          goalId={current.goal.id}
          question={current.question}
          onSaid={setSaid}
        />
      )}
      {current?.state === 'between' && <Between goal={current.goal} undoUntil={said.undoUntil} onSaid={setSaid} />}
      <FinishedSteps goalId={props.goal.id} />
    </section>
  );
}

import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../ui/States';
import { useGoalHistory } from './queries';

/** The goal's finished steps in the order they were done — never a step still to come. */
export function FinishedSteps(props: { goalId: string }) {
  const { t, date } = useI18n();
  const heading = useId();
  const history = useGoalHistory(props.goalId);
  const steps = history.data?.steps ?? [];
  return (
    <details className="finished">
      <summary id={heading}>
        {t.goals.finishedSteps} ({history.data?.total ?? '…'})
      </summary>
      {history.isError && (
        <ErrorState what={t.goals.finishedSteps} error={history.error} onRetry={() => void history.refetch()} />
      )}
      {history.isSuccess && steps.length === 0 && <p className="muted">{t.goals.historyEmpty}</p>}
      <ol aria-labelledby={heading}>
        {steps.map((step) => (
          <li key={step.number}>
            {step.text} <span className="muted">{date(step.completed_at)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

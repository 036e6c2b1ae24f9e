import { useId } from 'react';
import type { Adaptation } from '../../api/contract/health';
import { useI18n } from '../../i18n/I18nProvider';
import { useAnnounce } from '../../ui/Announcer';
import { ActionError, ErrorState } from '../../ui/States';
import { useAdaptations, useDecide } from './queries';

/** A plan change: why, what it changes, and — while it waits — Accept or Keep my plan. */
function AdaptationItem(props: { adaptation: Adaptation }) {
  const { t, dateTime } = useI18n();
  const announce = useAnnounce();
  const decide = useDecide();
  const { adaptation } = props;
  const answer = (decision: 'accept' | 'keep') =>
    decide.mutate(
      { id: adaptation.adaptation_id, decision },
      { onSuccess: () => announce(decision === 'accept' ? t.health.accepted(adaptation.action_name) : t.health.kept) },
    );
  return (
    <li className={`adaptation adaptation--${adaptation.status}`}>
      <p>
        <strong>🔄 {adaptation.action_name}</strong>{' '}
        <span className="badge badge--quiet">{t.health.adaptationStatus[adaptation.status]}</span>{' '}
        <span className="muted">{dateTime(adaptation.created_at)}</span>
      </p>
      <p>{t.health.why(adaptation.reason)}</p>
      <ul>
        {adaptation.changes.map((change) => (
          <li key={change.original.task_id}>
            {change.added
              ? t.health.added(change.adapted.name, change.adapted.duration_minutes)
              : t.health.change(
                  change.adapted.name,
                  change.original.duration_minutes,
                  change.adapted.duration_minutes,
                  change.adapted.version,
                )}
          </li>
        ))}
      </ul>
      {adaptation.status === 'pending' && (
        <div className="actions" role="group" aria-label={adaptation.action_name}>
          <button type="button" className="button" disabled={decide.isPending} onClick={() => answer('accept')}>
            {t.health.accept}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={decide.isPending}
            onClick={() => answer('keep')}
          >
            {t.health.keep}
          </button>
        </div>
      )}
      <p className="muted small">{adaptation.disclaimer}</p>
      <ActionError error={decide.error} />
    </li>
  );
}

/** The plan changes of the last two weeks, newest first; one waiting for an answer comes first. */
export function Adaptations() {
  const { t } = useI18n();
  const heading = useId();
  const adaptations = useAdaptations();
  const list = adaptations.data?.adaptations ?? [];
  if (adaptations.isPending) return null;
  if (adaptations.isError)
    return (
      <ErrorState
        what={t.health.adaptationsTitle}
        error={adaptations.error}
        onRetry={() => void adaptations.refetch()}
      />
    );
  // Nothing changed in two weeks: nothing to say above the plan.
  if (list.length === 0) return null;
  const ordered = [...list].sort(
    (first, second) => Number(second.status === 'pending') - Number(first.status === 'pending'),
  );
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t.health.adaptationsTitle}</h2>
      <ul className="adaptations">
        {ordered.map((adaptation) => (
          <AdaptationItem key={adaptation.adaptation_id} adaptation={adaptation} />
        ))}
      </ul>
    </section>
  );
}

import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../ui/States';
import { useReadiness } from './queries';

/** Today's readiness against the person's own baselines, each part explained (wellness guidance only). */
export function ReadinessCard() {
  const { t } = useI18n();
  const heading = useId();
  const readiness = useReadiness();
  const data = readiness.data;
  if (readiness.isError)
    return (
      <ErrorState what={t.health.readinessTitle} error={readiness.error} onRetry={() => void readiness.refetch()} />
    );
  // A side note to the plan: nothing is shown while it loads.
  if (!data) return null;
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>
        {t.health.readinessTitle}: {t.health.readiness(data.score)}
      </h2>
      <p>{data.summary}</p>
      <ul>
        {data.contributors.map((contributor) => (
          <li key={contributor.signal}>{contributor.explanation}</li>
        ))}
      </ul>
      <p className="muted small">{data.disclaimer}</p>
    </section>
  );
}

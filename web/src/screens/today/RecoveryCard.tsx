import { useId } from 'react';
import { Link } from '../../app/Link';
import { useI18n } from '../../i18n/I18nProvider';
import { Celebration } from '../../ui/Celebration';
import { ProgressBar } from '../../ui/ProgressBar';
import { ActionError, ErrorState, Loading } from '../../ui/States';
import type { NextAction } from '../../api/contract/tracks';
import { useLogAction, useProgress, useTracks } from '../program/queries';

/** The recovery program at a glance: overall progress, the focus track, and its next action. */
export function RecoveryCard() {
  const { t } = useI18n();
  const heading = useId();
  const progress = useProgress();
  const { label } = useTracks();
  const data = progress.data;
  const focus = data?.tracks[data.primary_track];
  const next = focus?.next_action;
  return (
    <section className="card today-card" aria-labelledby={heading}>
      <h2 id={heading}>🌱 {t.today.recoveryHeading}</h2>
      {progress.isPending && <Loading />}
      {progress.isError && (
        <ErrorState what={t.today.recoveryHeading} error={progress.error} onRetry={() => void progress.refetch()} />
      )}
      {data && (
        <>
          <ProgressBar label={t.today.recoveryProgress} value={data.overall_progress} />
          <p className="muted small">{t.program.summary(data.overall_progress, data.days_active)}</p>
        </>
      )}
      {data && next && (
        <RecoveryNext
          key={next.id}
          next={next}
          focus={`${label(data.primary_track).emoji} ${label(data.primary_track).name}`.trim()}
        />
      )}
    </section>
  );
}

/** The focus track's next action and its one way to act: count it as done, or open where it is done. */
function RecoveryNext(props: { next: NextAction; focus: string }) {
  const { t } = useI18n();
  const log = useLogAction();
  const { next } = props;
  const how = next.how;
  return (
    <>
      <p className="next__label">{t.today.recoveryFocus(props.focus)}</p>
      <p className="today-card__text">{next.suggestion}</p>
      <p className="muted small">⏱ {next.estimated_time}</p>
      {how.kind === 'log' && (
        <button type="button" className="button" disabled={log.isPending} onClick={() => log.mutate(how.action_type)}>
          {t.today.recoveryDidIt}
          <span className="visually-hidden">: {next.suggestion}</span>
        </button>
      )}
      {how.kind !== 'log' && (
        <Link to={how.kind === 'plan' ? '/health' : '/recovery'} className="button">
          {how.kind === 'plan' ? t.program.openPlan : t.today.recoveryOpen}
        </Link>
      )}
      {log.data && log.data.milestones.length > 0 && (
        <Celebration
          emoji="🏅"
          title={t.today.milestone(log.data.milestones.map((milestone) => milestone.name).join(', '))}
        />
      )}
      {log.data && log.data.milestones.length === 0 && (
        <p role="status" className="outcome">
          {t.program.logged}
        </p>
      )}
      <ActionError error={log.error} />
    </>
  );
}

import { useState } from 'react';
import { isApiError } from '../../api/client';
import { useJoined } from '../../app/useJoined';
import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { EntriesSection } from './entries/EntriesSection';
import { ExerciseSection } from './exercises/ExerciseSection';
import { JoinProgram } from './JoinProgram';
import { useProgress } from './queries';
import { TrackList } from './TrackList';

/**
 * The recovery program: its four tracks (phase, bar, milestones, next action, focus), the guided
 * exercises, and the person's entries; or, before joining, what it is and how to join. Live: socket
 * events update it in place.
 */
export function ProgramScreen() {
  const { t } = useI18n();
  const joined = useJoined();
  // Not asked while the person is known to be outside the program: the refusal would show as a failed request.
  const progress = useProgress(joined.data?.recovery === true);
  const [openExercise, setOpenExercise] = useState<string | null>(null);
  const code = isApiError(progress.error) ? progress.error.code : undefined;
  const outside = joined.data && !joined.data.recovery && !progress.data;
  const summary = progress.data && (
    <p className="muted">{t.program.summary(progress.data.overall_progress, progress.data.days_active)}</p>
  );
  const disabled = code === 'feature_disabled' || (outside && !joined.data?.recovery_open);
  return (
    <Screen title={t.program.title} lead={summary}>
      {(joined.isPending || (joined.data?.recovery && progress.isPending)) && <Loading />}
      {disabled && <EmptyState>{t.program.disabled}</EmptyState>}
      {!disabled && (code === 'not_enrolled' || outside) && <JoinProgram />}
      {joined.isError && (
        <ErrorState what={t.program.loadingWhat} error={joined.error} onRetry={() => void joined.refetch()} />
      )}
      {progress.isError && code !== 'not_enrolled' && code !== 'feature_disabled' && (
        <ErrorState what={t.program.loadingWhat} error={progress.error} onRetry={() => void progress.refetch()} />
      )}
      {progress.data && (
        <>
          <TrackList progress={progress.data} onStartExercise={setOpenExercise} />
          <ExerciseSection open={openExercise} onOpen={setOpenExercise} />
        </>
      )}
      <EntriesSection />
    </Screen>
  );
}

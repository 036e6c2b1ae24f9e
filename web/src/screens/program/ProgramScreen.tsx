import { useState } from 'react';
import { isApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { EntriesSection } from './entries/EntriesSection';
import { ExerciseSection } from './exercises/ExerciseSection';
import { JoinProgram } from './JoinProgram';
import { useProgress } from './queries';
import { TrackList } from './TrackList';

/**
 * The dashboard: the recovery program's four tracks (phase, bar, milestones, next action, focus),
 * the guided exercises, and the person's entries. Live: socket events update it in place.
 */
export function ProgramScreen() {
  const { t } = useI18n();
  const progress = useProgress();
  const [openExercise, setOpenExercise] = useState<string | null>(null);
  const code = isApiError(progress.error) ? progress.error.code : undefined;
  const summary = progress.data && (
    <p className="muted">{t.program.summary(progress.data.overall_progress, progress.data.days_active)}</p>
  );
  return (
    <Screen title={t.program.title} lead={summary}>
      {progress.isPending && <Loading />}
      {code === 'not_enrolled' && <JoinProgram />}
      {code === 'feature_disabled' && <EmptyState>{t.program.disabled}</EmptyState>}
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

import { useState } from 'react';
import type { QuizSuggestion } from '../../../api/contract/health';
import { useI18n } from '../../../i18n/I18nProvider';
import { useAnnounce } from '../../../ui/Announcer';
import { ErrorState, Loading } from '../../../ui/States';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './queries';
import { QuizForm } from './QuizForm';

/**
 * Starting the health program in the web, as `/health` does in the bot: the quiz (or straight to
 * choosing a style), then the style, the day and the health notes. Saving them joins the program
 * and builds today's plan, which then takes this form's place.
 */
export function HealthSetup() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const profile = useProfile();
  const [stage, setStage] = useState<{ step: 'quiz' } | { step: 'profile'; suggestion?: QuizSuggestion }>({
    step: 'quiz',
  });
  if (profile.isPending) return <Loading />;
  if (profile.isError)
    return (
      <ErrorState what={t.healthSetup.profileTitle} error={profile.error} onRetry={() => void profile.refetch()} />
    );
  return (
    <>
      <section className="card">
        <p>
          <strong>{t.health.noProfile}</strong>
        </p>
        <p>{t.healthSetup.intro}</p>
      </section>
      {stage.step === 'quiz' ? (
        <QuizForm
          onSuggested={(suggestion) => setStage({ step: 'profile', suggestion })}
          onSkip={() => setStage({ step: 'profile' })}
        />
      ) : (
        <ProfileForm
          profile={profile.data}
          {...(stage.suggestion && { suggestion: stage.suggestion })}
          submitLabel={t.healthSetup.start}
          onSaved={() => announce(t.healthSetup.started)}
          cancel={{ label: t.healthSetup.backToQuiz, onClick: () => setStage({ step: 'quiz' }) }}
        />
      )}
    </>
  );
}

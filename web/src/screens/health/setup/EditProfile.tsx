import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useAnnounce } from '../../../ui/Announcer';
import { ErrorState, Loading } from '../../../ui/States';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './queries';

/** The style, the day and the health notes, changed later (today's plan is rebuilt; marks made stay). */
export function EditProfile() {
  const { t } = useI18n();
  const id = useId();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const profile = useProfile();
  if (!open)
    return (
      <section className="card" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t.healthSetup.editTitle}</h2>
        {profile.data && (
          <p className="muted">{t.healthSetup.summary(profile.data.archetype_name ?? '', profile.data.schedule)}</p>
        )}
        <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
          {t.healthSetup.edit}
        </button>
      </section>
    );
  if (profile.isPending) return <Loading />;
  if (profile.isError)
    return <ErrorState what={t.healthSetup.editTitle} error={profile.error} onRetry={() => void profile.refetch()} />;
  return (
    <ProfileForm
      profile={profile.data}
      submitLabel={t.healthSetup.save}
      onSaved={() => {
        setOpen(false);
        announce(t.healthSetup.saved);
      }}
      cancel={{ label: t.healthSetup.cancel, onClick: () => setOpen(false) }}
    />
  );
}

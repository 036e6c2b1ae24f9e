import { useMe } from '../../app/useMe';
import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';
import { ActionError, ErrorState, Loading } from '../../ui/States';
import { Preferences } from './Preferences';
import { SignOut } from './SignOut';
import { YourData } from './YourData';
import { useUpdateMe } from './queries';

/** Language, tone and time zone (saved as they change), the person's data, and signing out here or everywhere. */
export default function SettingsScreen() {
  const { t } = useI18n();
  const me = useMe();
  const update = useUpdateMe();
  return (
    <Screen title={t.settings.title}>
      {me.isPending && <Loading />}
      {me.isError && <ErrorState what={t.settings.loadingWhat} error={me.error} onRetry={() => void me.refetch()} />}
      {me.data && (
        <section className="card">
          <Preferences user={me.data.user} onChange={(change) => update.mutate(change)} />
          <p role="status" className="muted">
            {update.isPending ? t.common.saving : update.isSuccess ? t.common.saved : ''}
          </p>
          <ActionError error={update.error} />
        </section>
      )}
      <YourData />
      <SignOut />
    </Screen>
  );
}

import { useI18n } from '../../i18n/I18nProvider';
import { ActionError, EmptyState } from '../../ui/States';
import { useEnroll, useTracks } from './queries';

/**
 * Not in the recovery program yet: what it is, and joining by choosing the track that matters most
 * now, as the bot asks (every track starts at 0 %; the focus can change at any time).
 */
export function JoinProgram() {
  const { t } = useI18n();
  const enroll = useEnroll();
  const { order, label } = useTracks();
  return (
    <EmptyState>
      <p>
        {/* What the program is for, not "you have not joined": its readers may arrive in pain. */}
        <strong>{t.welcome.recoveryTitle}</strong>
      </p>
      <p>{t.program.notEnrolled}</p>
      {order.length > 0 ? (
        <div role="group" aria-label={t.program.join}>
          <p>{t.program.askFocus}</p>
          <div className="actions">
            {order.map((track) => (
              <button
                key={track}
                type="button"
                className="button"
                disabled={enroll.isPending}
                onClick={() => enroll.mutate(track)}
              >
                {label(track).emoji} {label(track).name}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => enroll.mutate(undefined)} disabled={enroll.isPending}>
          {t.program.join}
        </button>
      )}
      <ActionError error={enroll.error} />
    </EmptyState>
  );
}

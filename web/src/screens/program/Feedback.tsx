import { useState } from 'react';
import type { NextAction } from '../../api/contract/tracks';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import { useFeedback } from './queries';

/**
 * 👍/👎 on a next action (one verdict per suggestion and day; a second tap replaces it). After "not for me" the box
 * is handed what else there is (`onDeclined`), as the bot offers other actions: never a dead end.
 */
export function Feedback(props: { next: NextAction; onDeclined: (others: NextAction[]) => void }) {
  const { t } = useI18n();
  const feedback = useFeedback();
  const [verdict, setVerdict] = useState<boolean | undefined>();
  const give = (helpful: boolean) =>
    feedback.mutate(
      { next: props.next, helpful },
      {
        onSuccess: (reply) => {
          setVerdict(helpful);
          if (reply.others) props.onDeclined(reply.others);
        },
      },
    );
  return (
    <div className="feedback" role="group" aria-label={t.program.feedbackLabel}>
      <button
        type="button"
        className="chip"
        aria-pressed={verdict === true}
        disabled={feedback.isPending}
        onClick={() => give(true)}
      >
        {t.program.helpful}
      </button>
      <button
        type="button"
        className="chip"
        aria-pressed={verdict === false}
        disabled={feedback.isPending}
        onClick={() => give(false)}
      >
        {t.program.notHelpful}
      </button>
      <span role="status" className="muted">
        {verdict === true && t.program.feedbackThanks}
      </span>
      <ActionError error={feedback.error} />
    </div>
  );
}

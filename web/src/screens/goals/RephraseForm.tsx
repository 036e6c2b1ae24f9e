import { type FormEvent, useId, useState } from 'react';
import { isCrisisOnly } from '../../api/goals';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import type { Said } from './CurrentGoal';
import { useCoaching } from './queries';

const COMMENT_MAX = 1000;

/** "What's wrong with this step?" — the answer shapes the next wording (never larger after "too big"). */
export function RephraseForm(props: { goalId: string; onSaid: (said: Said) => void; onClose: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const coaching = useCoaching(props.goalId);
  const [comment, setComment] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) return;
    coaching.mutate(
      { kind: 'rephrase', comment: comment.trim() },
      {
        onSuccess: (reply) => {
          props.onSaid(isCrisisOnly(reply) ? { safety: reply.safety } : {});
          if (!isCrisisOnly(reply)) props.onClose();
        },
      },
    );
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor={id}>{t.goals.askRephrase}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={COMMENT_MAX}
        required
        autoFocus
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <ActionError error={coaching.error} />
      <div className="actions">
        <button type="submit" className="button" disabled={coaching.isPending || !comment.trim()}>
          {t.goals.sendRephrase}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

import { type FormEvent, useId, useState } from 'react';
import { isCrisisOnly, nextSetAside, type SetAside } from '../../api/goals';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import type { Said } from './CurrentGoal';
import { NotACrisis, useNotACrisisTexts } from './NotACrisis';
import { useCoaching } from './queries';

const COMMENT_MAX = 1000;

/** "What's wrong with this step?" — the answer shapes the next wording (never larger after "too big"). */
export function RephraseForm(props: { goalId: string; onSaid: (said: Said) => void; onClose: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const coaching = useCoaching(props.goalId);
  const texts = useNotACrisisTexts();
  const [comment, setComment] = useState('');
  /** The words help was shown for, and the answer it waits for when the person may set it aside. */
  const [settable, setSettable] = useState<{ text: string; step: SetAside } | undefined>();
  const send = (text: string, said?: SetAside) =>
    coaching.mutate(
      { kind: 'rephrase', comment: text, said },
      {
        onSuccess: (reply) => {
          const step = isCrisisOnly(reply) ? nextSetAside(reply) : undefined;
          setSettable(step && { text, step });
          props.onSaid(isCrisisOnly(reply) ? { safety: reply.safety } : {});
          if (!isCrisisOnly(reply)) props.onClose();
        },
      },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim()) send(comment.trim());
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
      {settable?.text === comment.trim() && (
        <NotACrisis
          texts={texts.comment}
          step={settable.step}
          busy={coaching.isPending}
          onAnswer={(said) => send(settable.text, said)}
        />
      )}
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

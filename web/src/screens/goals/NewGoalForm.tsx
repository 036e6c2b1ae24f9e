import { type FormEvent, useId, useState } from 'react';
import type { Safety } from '../../api/contract/common';
import { isCrisisOnly } from '../../api/goals';
import { useI18n } from '../../i18n/I18nProvider';
import { useAnnounce } from '../../ui/Announcer';
import { SafetyNotice } from '../../ui/SafetyNotice';
import { ActionError } from '../../ui/States';
import { useCreateGoal } from './queries';

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 2000;

/** A new goal: a few words and, if wanted, some context. It becomes the active goal. */
export function NewGoalForm() {
  const { t } = useI18n();
  const id = useId();
  const announce = useAnnounce();
  const create = useCreateGoal();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [safety, setSafety] = useState<Safety | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const input = { title: title.trim(), ...(description.trim() && { description: description.trim() }) };
    create.mutate(input, {
      onSuccess: (reply) => {
        if (isCrisisOnly(reply)) return setSafety(reply.safety);
        setSafety(undefined);
        setTitle('');
        setDescription('');
        announce(t.goals.created(reply.goal.title));
      },
    });
  };
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.goals.newTitle}</h2>
      {safety && <SafetyNotice safety={safety} />}
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t.goals.titleLabel}</label>
          <input
            id={`${id}-title`}
            type="text"
            required
            maxLength={TITLE_MAX}
            aria-describedby={`${id}-title-hint`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
          <p id={`${id}-title-hint`} className="muted">
            {t.goals.titleHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>
            {t.goals.descriptionLabel} <span className="muted">{t.common.optional}</span>
          </label>
          <textarea
            id={`${id}-description`}
            rows={3}
            maxLength={DESCRIPTION_MAX}
            aria-describedby={`${id}-description-hint`}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
          <p id={`${id}-description-hint`} className="muted">
            {t.goals.descriptionHint}
          </p>
        </div>
        <ActionError error={create.error} />
        <button type="submit" className="button" disabled={create.isPending || !title.trim()}>
          {t.goals.create}
        </button>
      </form>
    </section>
  );
}

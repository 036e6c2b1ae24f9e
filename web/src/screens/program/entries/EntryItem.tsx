import { useRef, useState } from 'react';
import type { Entry, Exercise, Prompt } from '../../../api/contract/tracks';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Messages } from '../../../i18n/en';
import { Confirm } from '../../../ui/Confirm';
import { ActionError } from '../../../ui/States';
import { useDeleteEntry } from './queries';

/** An answer as it reads: a scale as "7 (1–10)", a choice by its label. */
function shown(texts: Messages, prompt: Prompt | undefined, answer: string | number): string {
  if (prompt?.kind === 'scale' && typeof answer === 'number')
    return texts.entries.scale(answer, prompt.min, prompt.max);
  if (prompt?.kind === 'choice') return prompt.choices.find((choice) => choice.id === answer)?.label ?? String(answer);
  return String(answer);
}

/** One entry: its title and date, the answers behind "Read it", and Delete with a confirm. */
export function EntryItem(props: { entry: Entry; exercise: Exercise | undefined; onDeleted: () => void }) {
  const { t, date } = useI18n();
  const remove = useDeleteEntry();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const { entry, exercise } = props;
  const title = exercise?.title ?? entry.exercise;
  const answered = Object.entries(entry.answers);
  return (
    <li className="entry">
      <p className="entry__title">
        <strong>{title}</strong> <span className="muted">{date(entry.created_at)}</span>
      </p>
      <details>
        <summary>
          {t.entries.read}
          <span className="visually-hidden">: {title}</span>
        </summary>
        <dl>
          {answered.map(([id, answer]) => {
            const prompt = exercise?.prompts.find((item) => item.id === id);
            return (
              <div key={id}>
                <dt>{prompt?.ask ?? id}</dt>
                <dd>{shown(t, prompt, answer)}</dd>
              </div>
            );
          })}
        </dl>
      </details>
      {confirming ? (
        <Confirm
          question={t.entries.deleteAsk(title, date(entry.created_at))}
          yes={t.entries.deleteYes}
          no={t.entries.keep}
          busy={remove.isPending}
          onYes={() => remove.mutate(entry.id, { onSuccess: props.onDeleted })}
          onNo={() => setConfirming(false)}
          returnFocus={() => deleteButton.current}
        />
      ) : (
        <button type="button" className="button button--quiet" ref={deleteButton} onClick={() => setConfirming(true)}>
          {t.entries.delete}
          <span className="visually-hidden">: {title}</span>
        </button>
      )}
      <ActionError error={remove.error} />
    </li>
  );
}

import { type FormEvent, useId, useState } from 'react';
import type { CheckinAnswers } from '../../api/contract/health';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import { useCheckin } from './queries';

const STEPS = ['energy', 'stress', 'sleep'] as const;

/**
 * The bot's `/checkin` as a form: energy, stress and last night's sleep, 1 to 5 each, with the bot's
 * words. Saved, they count toward readiness and may change the rest of today's plan: the change then
 * waits above the plan for Accept or Keep my plan.
 */
export function CheckinCard() {
  const { t } = useI18n();
  const id = useId();
  const checkin = useCheckin();
  const [answers, setAnswers] = useState<Partial<CheckinAnswers>>({});
  const [saved, setSaved] = useState<'plain' | 'changed' | undefined>();
  const complete = STEPS.every((step) => answers[step] !== undefined);
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    checkin.mutate(answers as CheckinAnswers, {
      onSuccess: (result) => {
        // Said in the form's status line only: the live socket already announces a plan change.
        setSaved(result.adaptation ? 'changed' : 'plain');
        setAnswers({});
      },
    });
  };
  return (
    <form className="card stack" onSubmit={send} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.health.checkin.title}</h2>
      <p className="muted">{t.health.checkin.lead}</p>
      {STEPS.map((step) => (
        <fieldset key={step} className="field choices">
          <legend>{t.health.checkin.ask[step]}</legend>
          {t.health.checkin.scale[step].map((word, index) => (
            <label key={word} className="choice">
              <input
                type="radio"
                name={`${id}-${step}`}
                value={index + 1}
                checked={answers[step] === index + 1}
                onChange={() => {
                  setSaved(undefined);
                  setAnswers((before) => ({ ...before, [step]: index + 1 }));
                }}
              />
              {index + 1} · {word}
            </label>
          ))}
        </fieldset>
      ))}
      <ActionError error={checkin.error} />
      <div className="actions">
        <button type="submit" className="button" disabled={!complete || checkin.isPending}>
          {t.health.checkin.save}
        </button>
      </div>
      <div role="status">
        {saved && <p>{saved === 'changed' ? t.health.checkin.changed : t.health.checkin.saved}</p>}
      </div>
    </form>
  );
}

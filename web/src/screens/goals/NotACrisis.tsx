import type { SetAside } from '../../api/goals';
import { useI18n } from '../../i18n/I18nProvider';

/** What the way on says for one kind of words: what was kept, and the two answers' buttons. */
interface Texts {
  kept: string;
  label: string;
  safe: string;
}

/**
 * The way on after help was shown for words that were about something else: the same words, sent again as not a
 * crisis. Shown only when the server said the finding may be set aside, and only while the words are unchanged. An
 * imminent finding asks once more (`step` is `confirm_safe`): the help is shown again, and a second, different button
 * under why it asks — one tap never lets such words through.
 */
export function NotACrisis(props: { texts: Texts; step: SetAside; busy: boolean; onAnswer: (said: SetAside) => void }) {
  const { t } = useI18n();
  const confirming = props.step === 'confirm_safe';
  return (
    <div className="stack">
      <p className="muted">{confirming ? t.safety.confirmSafeWhy : props.texts.kept}</p>
      <button
        key={props.step}
        type="button"
        className="button button--quiet"
        disabled={props.busy}
        onClick={() => props.onAnswer(props.step)}
      >
        {confirming ? props.texts.safe : props.texts.label}
      </button>
    </div>
  );
}

/** The texts of `NotACrisis` for each kind of words. */
export function useNotACrisisTexts(): Record<'goal' | 'answer' | 'comment', Texts> {
  const { t } = useI18n();
  return {
    goal: { kept: t.safety.goalKept, label: t.safety.notACrisis, safe: t.safety.confirmSafe },
    answer: { kept: t.safety.answerKept, label: t.safety.notACrisisAnswer, safe: t.safety.confirmSafeAnswer },
    comment: { kept: t.safety.commentKept, label: t.safety.notACrisisComment, safe: t.safety.confirmSafeComment },
  };
}

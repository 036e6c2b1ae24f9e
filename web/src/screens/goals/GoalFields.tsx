import { useI18n } from '../../i18n/I18nProvider';

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 2000;

/** A new goal's words: its title and, if wanted, some context. */
export function GoalFields(props: {
  id: string;
  title: string;
  description: string;
  onTitle: (title: string) => void;
  onDescription: (description: string) => void;
}) {
  const { t } = useI18n();
  const { id, title, description } = props;
  const setTitle = props.onTitle;
  const setDescription = props.onDescription;
  return (
    <>
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
    </>
  );
}

/** The new-goal form while it waits behind a button (beside a step in progress). */
export function OpenNewGoal(props: { onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-label={t.goals.newTitle}>
      <button type="button" className="button button--quiet" aria-expanded={false} onClick={props.onOpen}>
        {t.goals.openNew}
      </button>
    </section>
  );
}

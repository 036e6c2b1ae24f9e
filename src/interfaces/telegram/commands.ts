import type { Api } from 'grammy';
import { LOCALES } from '../../core/goals/model.js';
import { messages } from '../../i18n/catalog.js';

/** Registers the command menu for the default language (English) and for Russian. */
export async function registerCommands(api: Api): Promise<void> {
  for (const locale of LOCALES) {
    const commands = Object.entries(messages(locale).commands()).map(([command, description]) => ({
      command,
      description,
    }));
    await api.setMyCommands(commands, locale === 'en' ? {} : { language_code: locale });
  }
}

import { type Api, Composer, InlineKeyboard } from 'grammy';
import { messages } from '../../i18n/catalog.js';
import type { WebSignIn } from '../../services/auth/web-sign-in.js';
import { LOGIN_LINK_TTL_MS } from '../../services/auth/web-sign-in.js';
import type { StepwiseContext } from './context.js';

/**
 * `/web`: a one-time sign-in link to the dashboard, as a button. The link is the only secret in the
 * message, and it dies after one use or ten minutes, so a forwarded or leaked message signs no one in later.
 */
export function webLinkComposer(deps: { signIn: WebSignIn; publicUrl: string }): Composer<StepwiseContext> {
  const composer = new Composer<StepwiseContext>();
  composer.command('web', async (ctx) => {
    const { user } = ctx.stepwise;
    const words = messages(user.locale);
    const { code } = await deps.signIn.loginLink(user.id);
    const url = `${deps.publicUrl}/auth/link/${code}`;
    await ctx.reply(words.webLink(LOGIN_LINK_TTL_MS / 60_000), {
      reply_markup: new InlineKeyboard().url(words.buttonOpenDashboard(), url),
    });
  });
  return composer;
}

/**
 * The bot's menu button opens the app as a Telegram Mini App. Telegram accepts only HTTPS pages
 * there, so a server on plain HTTP (a laptop) keeps the default commands menu.
 */
export async function registerMenuButton(api: Api, publicUrl: string): Promise<boolean> {
  if (!publicUrl.startsWith('https://')) return false;
  await api.setChatMenuButton({
    menu_button: { type: 'web_app', text: messages('en').buttonOpenApp(), web_app: { url: `${publicUrl}/` } },
  });
  return true;
}

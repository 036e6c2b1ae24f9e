import { join } from 'node:path';
import { z } from 'zod';
import type { Locale } from '../core/goals/model.js';
import type { CrisisLevel } from '../core/safety.port.js';
import { contentDir } from './load-coach-pack.js';
import { readYamlFile } from './read-yaml.js';

const Block = z.string().trim().min(10);

/**
 * One language's help resources. The full form names a block per need; the older single text
 * (one string per language) is still read, shown whole whatever the level.
 */
const LocaleResources = z.union([
  z.strictObject({ emergency: Block, support: Block, child: Block }),
  Block.transform((text) => ({ emergency: text, support: '', child: '' })),
]);

/** `content/safety/resources.yaml`, or the deployment's own file (SAFETY_RESOURCES_FILE). */
export const SafetyResources = z.strictObject({ en: LocaleResources, ru: LocaleResources });
export type SafetyResources = z.infer<typeof SafetyResources>;

const PLACEHOLDERS = ['{emergency}', '{support}', '{child}'] as const;
const Localised = z.strictObject({ en: z.string().trim().min(1), ru: z.string().trim().min(1) });

/** A reply template must show the emergency numbers; imminent shows them before anything else. */
const Template = (level: CrisisLevel) =>
  Localised.superRefine((texts, ctx) => {
    for (const [lang, text] of Object.entries(texts)) {
      const unknown = (text.match(/\{[a-z_]+\}/g) ?? []).filter(
        (placeholder) => !(PLACEHOLDERS as readonly string[]).includes(placeholder),
      );
      if (unknown.length)
        ctx.addIssue({ code: 'custom', path: [lang], message: `unknown placeholder ${unknown.join(', ')}` });
      if (!text.includes('{emergency}'))
        ctx.addIssue({ code: 'custom', path: [lang], message: 'must include {emergency}' });
      if (level === 'imminent' && !text.startsWith('{emergency}'))
        ctx.addIssue({
          code: 'custom',
          path: [lang],
          message: 'must start with {emergency}: emergency numbers come first',
        });
      if (level === 'child' && !text.includes('{child}'))
        ctx.addIssue({ code: 'custom', path: [lang], message: 'must include {child}' });
      if (level === 'concern' && !text.includes('{support}'))
        ctx.addIssue({ code: 'custom', path: [lang], message: 'must include {support}' });
    }
  });

const Replies = z.strictObject({
  imminent: Template('imminent'),
  child: Template('child'),
  concern: Template('concern'),
});

/**
 * Where a crisis reply is read. `chat`: a conversation (Telegram, the terminal), where the person can write again
 * and the reply may offer to listen. `page`: the web app and the API, where nothing answers what is typed next, so
 * the reply points to the people in the resources and back to the goal later instead.
 */
export const REPLY_CHANNELS = ['chat', 'page'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/** `content/safety/messages.yaml`: the crisis replies per level and what follows them. */
export const SafetyMessages = z.strictObject({
  replies: Replies,
  page_replies: Replies,
  /** Before anything else in the reply to the next message after a crisis reply. */
  check_in: Localised,
  /** Added to a crisis reply that interrupted an exercise: the answer is kept. */
  draft_kept: Localised,
  button_show_help: Localised,
  button_resume: Localised,
});
export type SafetyMessages = z.infer<typeof SafetyMessages>;

/** Everything a crisis reply is made of, ready to render in either language. */
export interface SafetyTexts {
  /** The whole reply for a level, resources in place, worded for where it is read (a chat unless told). */
  reply(locale: Locale, level: CrisisLevel, channel?: ReplyChannel): string;
  /** Just the resource blocks for a level, most needed first (the API's `safety.resources`). */
  resources(locale: Locale, level: CrisisLevel): string;
  checkIn(locale: Locale): string;
  draftKept(locale: Locale): string;
  buttons(locale: Locale): { showHelp: string; resume: string };
}

export type SafetyTextsResult = { ok: true; texts: SafetyTexts } | { ok: false; problems: string[] };

const ORDER: Record<CrisisLevel, ReadonlyArray<'emergency' | 'support' | 'child'>> = {
  imminent: ['emergency', 'support'],
  child: ['child', 'emergency'],
  concern: ['support', 'emergency'],
};

/** Blank placeholders (an older resources file) leave no gaps of empty lines. */
const tidy = (text: string) => text.replace(/\n{3,}/g, '\n\n').trim();

/** Reads and checks the crisis replies and the deployment's resources; every problem is reported. */
export function loadSafetyTexts(resourcesFile?: string, root = join(contentDir(), 'safety')): SafetyTextsResult {
  const problems: string[] = [];
  const messages = readYamlFile(join(root, 'messages.yaml'), SafetyMessages, problems);
  const resources = readYamlFile(resourcesFile ?? join(root, 'resources.yaml'), SafetyResources, problems);
  if (!messages || !resources) return { ok: false, problems };
  const fill = (locale: Locale, template: string) =>
    tidy(
      template.replace(
        /\{(emergency|support|child)\}/g,
        (_, key: 'emergency' | 'support' | 'child') => resources[locale][key],
      ),
    );
  return {
    ok: true,
    texts: {
      reply: (locale, level, channel = 'chat') =>
        fill(locale, (channel === 'page' ? messages.page_replies : messages.replies)[level][locale]),
      resources: (locale, level) => tidy(ORDER[level].map((key) => resources[locale][key]).join('\n\n')),
      checkIn: (locale) => messages.check_in[locale],
      draftKept: (locale) => messages.draft_kept[locale],
      buttons: (locale) => ({ showHelp: messages.button_show_help[locale], resume: messages.button_resume[locale] }),
    },
  };
}

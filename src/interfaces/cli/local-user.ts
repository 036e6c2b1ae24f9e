import { userInfo } from 'node:os';

/**
 * The person at this terminal: one Stepwise user per operating-system account. The account name
 * only identifies them (the terminal chat and `stepwise token --local` find the same user by it);
 * it is never shown as their name — nobody chose "root" as what the coach calls them.
 */
export const localIdentity = () => ({ provider: 'cli', subject: userInfo().username });

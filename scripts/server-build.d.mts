// The types of server-build.mjs, for the TypeScript that imports it (the tests' set-up and the build's own test).
export function sourcesKey(root?: string): { files: string[]; key: string };
export function builtIsFresh(root?: string): boolean;
export function buildServer(root?: string): Promise<number>;
export function shipCaches(root?: string): Promise<{ files: number; megabytes: number }>;
export function warmBuilt(dir: string | undefined, root?: string): Promise<string[]>;

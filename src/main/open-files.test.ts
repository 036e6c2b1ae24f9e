import { describe, expect, it } from 'vitest';
import { connectionCap, openFilesLimit } from './open-files.js';

const LIMITS = `Limit                     Soft Limit           Hard Limit           Units
Max processes             63704                63704                processes
Max open files            1024                 4096                 files
Max locked memory         8388608              8388608              bytes
`;

describe('the open-files limit and the connection cap under it', () => {
  it('reads the soft limit from /proc/self/limits, and falls back to 1,024 where there is none', () => {
    expect(openFilesLimit(() => LIMITS)).toEqual({ limit: 1024, read: true });
    expect(openFilesLimit(() => LIMITS.replace(/1024 {17}4096/, 'unlimited            unlimited'))).toEqual({
      limit: 1024,
      read: false,
    });
    expect(
      openFilesLimit(() => {
        throw Object.assign(new Error('no /proc'), { code: 'ENOENT' });
      }),
    ).toEqual({ limit: 1024, read: false });
    expect(openFilesLimit().limit).toBeGreaterThan(0);
  });

  it('keeps an eighth of the descriptors, at least 128, for the database, files and Node', () => {
    expect(connectionCap(1024)).toBe(896);
    expect(connectionCap(65536)).toBe(57344);
    expect(connectionCap(256)).toBe(128);
    expect(connectionCap(100)).toBe(16);
  });
});

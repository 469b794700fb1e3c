import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_HEAP_MB, serverNodeFlags } from '../../../scripts/server-node-flags.mjs';

describe('the Node flags of the production server', () => {
  it('limit the heap, by default and as SCAMSENSE_MAX_HEAP_MB says', () => {
    expect(serverNodeFlags({})).toEqual([`--max-old-space-size=${DEFAULT_MAX_HEAP_MB}`, '--max-semi-space-size=8']);
    expect(serverNodeFlags({ SCAMSENSE_MAX_HEAP_MB: '' })[0]).toBe(`--max-old-space-size=${DEFAULT_MAX_HEAP_MB}`);
    expect(serverNodeFlags({ SCAMSENSE_MAX_HEAP_MB: '1024' })[0]).toBe('--max-old-space-size=1024');
  });

  it('refuse a value that is not a number of megabytes, saying what to set', () => {
    for (const value of ['512MB', '-1', '1e3', '8']) expect(() => serverNodeFlags({ SCAMSENSE_MAX_HEAP_MB: value }), value).toThrow(/SCAMSENSE_MAX_HEAP_MB must be the server's heap limit in megabytes/);
  });
});

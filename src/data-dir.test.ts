import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir.js';

describe('resolveDataDir', () => {
  it('prefers LLMPREP_HOME, then XDG_DATA_HOME/llmprep, then ~/.local/share/llmprep', () => {
    expect(resolveDataDir({ LLMPREP_HOME: '/a', XDG_DATA_HOME: '/b' })).toBe('/a');
    expect(resolveDataDir({ XDG_DATA_HOME: '/b' })).toBe(join('/b', 'llmprep'));
    expect(resolveDataDir({})).toBe(join(homedir(), '.local', 'share', 'llmprep'));
  });
});

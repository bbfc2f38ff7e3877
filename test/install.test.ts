import { readFileSync } from 'node:fs';
import { minVersion, satisfies } from 'semver';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));

describe('npm ci on the oldest Node whosaid supports', () => {
  it('installs no package that declares a newer Node (npm would print EBADENGINE warnings)', () => {
    const oldestNode = minVersion(read('package.json').engines.node)!.version;
    const lock = read('package-lock.json') as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
    const tooNew = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !Array.isArray(entry.engines) && entry.engines?.node && !satisfies(oldestNode, entry.engines.node))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${(entry.engines as { node: string }).node}`);
    expect(tooNew, `pin versions that support Node ${oldestNode} with "overrides" in package.json`).toEqual([]);
  });
});

describe('the license', () => {
  it('is in LICENSE, and is the one package.json names', () => {
    const license = readFileSync(new URL('../LICENSE', import.meta.url), 'utf8');
    expect(read('package.json').license).toBe('MIT');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toContain('Copyright (c) 2026 the whosaid authors');
  });
});

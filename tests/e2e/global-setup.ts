/**
 * e2e global setup: bundles the fixture pages, starts the fixture HTTPS server and hands its
 * port to the tests (inject('fixturePort')).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleFixtures } from '../fixtures/bundle';
import { startFixtureServer } from './fixture-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Port of the fixture HTTPS server on 127.0.0.1 (and ::1 when available). */
    fixturePort: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const manifest = join(process.env.STEADY_EXTENSION_DIR ?? join(project.config.root, 'dist', 'chrome'), 'manifest.json');
  if (!existsSync(manifest)) {
    // Not fatal here: fixtures.test.ts runs without the extension. launchSteady() fails with the same advice.
    process.stderr.write(`\n[e2e] ${manifest} is missing: run \`npm run build\` before the extension tests.\n\n`);
  }
  await bundleFixtures();
  const server = await startFixtureServer();
  project.provide('fixturePort', server.port);
  return () => server.close();
}

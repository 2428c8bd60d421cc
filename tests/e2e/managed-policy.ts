import { createHash, randomUUID } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR } from '../chromium.mjs';
import { launchWithExtension, test } from './fixtures';

/** Where Debian's Chromium reads mandatory policies from (Google Chrome uses /etc/opt/chrome/policies/managed). */
export const POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Why the policy test cannot run here, or null: writing under /etc needs root (CI runs as root). */
function policyDirProblem(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch {
    return `cannot write ${POLICY_DIR} (run as root): Chromium reads extension policies only from there`;
  }
}

/**
 * A private copy of the built extension (its own id, so parallel tests never see the policy) and a policy file for
 * that id with a unique name. `cleanup` removes both.
 */
function installPolicy(policy: Record<string, unknown>) {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'mctt-managed-')));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const id = unpackedExtensionId(dir);
  const file = path.join(POLICY_DIR, `mctt-e2e-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  return {
    dir,
    id,
    cleanup() {
      rmSync(file, { force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `body` in a browser of its own whose copy of the extension is under `policy`, on the test's day, then closes
 * it and removes the policy. The test is skipped where no policy can be written.
 */
export async function withPolicyBrowser(
  policy: Record<string, unknown>,
  today: string,
  body: (context: BrowserContext, extensionId: string) => Promise<void>,
) {
  const problem = policyDirProblem();
  test.skip(problem !== null, problem ?? '');
  const installed = installPolicy(policy);
  try {
    const context = await launchWithExtension(today, { extensionDir: installed.dir });
    try {
      await body(context, installed.id);
    } finally {
      await context.close();
    }
  } finally {
    installed.cleanup();
  }
}

import type { Worker } from '@playwright/test';

interface ChromeStorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
}
interface ChromeStorage {
  storage: { local: ChromeStorageArea; session: ChromeStorageArea };
}

/** Reads one storage area of the extension, as its service worker sees it. */
export function readStorage(worker: Worker, area: 'local' | 'session'): Promise<Record<string, unknown>> {
  return worker.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
    return chrome.storage[name].get(null);
  }, area);
}

/** Writes raw values (of any shape) into one storage area, as a bug or another build might have left them. */
export function writeStorage(worker: Worker, area: 'local' | 'session', items: Record<string, unknown>) {
  return worker.evaluate(
    async ([name, values]) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
      await chrome.storage[name as 'local' | 'session'].set(values as object);
    },
    [area, items] as const,
  );
}

/** The register's records, as stored. */
export async function storedRegister(worker: Worker) {
  const { register } = await readStorage(worker, 'local');
  return (register ?? { letters: [], seen: [], courtesy: {} }) as {
    letters: unknown[];
    seen: Array<{ code: string; month: string }>;
    courtesy: Record<string, Record<string, number>>;
  };
}

/**
 * The "Lưu để đọc khi không có mạng" button (SaveOffline.astro): sends the service worker
 * the page, its parent's page and every file of the site's own the page loaded (styles,
 * scripts, the map's data), and says whether they were kept. Shown only where a service
 * worker can run.
 */
import { SERVICE_WORKER_PATH } from '../../site/urls.ts';
import type { SaveAnswer, SaveMessage } from './caches.ts';

/** As long as the worker may take to answer a save on a slow connection. */
const PATIENCE_MS = 30_000;

function within<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), PATIENCE_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * The active worker, registered now if it is not yet (its registration after the page's load
 * fails when the connection drops then): a press offline fails at once instead of waiting
 * for ever, and a press once back online registers it and saves.
 */
async function activeWorker(): Promise<ServiceWorker | null> {
  return (await within(navigator.serviceWorker.register(SERVICE_WORKER_PATH).then(() => navigator.serviceWorker.ready))).active;
}

function ask(worker: ServiceWorker, message: SaveMessage): Promise<SaveAnswer> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('timeout')), PATIENCE_MS);
    channel.port1.onmessage = (event: MessageEvent<SaveAnswer>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

for (const box of document.querySelectorAll<HTMLElement>('[data-save-offline]')) {
  const button = box.querySelector('button');
  const status = box.querySelector<HTMLElement>('[role="status"]');
  if (!('serviceWorker' in navigator) || !button || !status) {
    // Its place was kept for it (SaveOffline.astro): give it back.
    box.remove();
    continue;
  }
  box.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = box.dataset['saving'] ?? '';
    try {
      const worker = await activeWorker();
      const loaded = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => new URL(url).origin === location.origin);
      const urls = [...(JSON.parse(box.dataset['urls'] ?? '[]') as string[]), ...loaded];
      const answer = worker ? await ask(worker, { type: 'save', urls }) : { ok: false, saved: 0 };
      status.textContent = (answer.ok ? box.dataset['saved'] : box.dataset['failed']) ?? '';
    } catch {
      status.textContent = box.dataset['failed'] ?? '';
    } finally {
      button.disabled = false;
    }
  });
}

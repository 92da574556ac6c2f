/**
 * Registers the service worker (service-worker.ts) once the page has loaded, so that no
 * page waits for it. Only the public layout (Base.astro) loads this script: embeds and
 * the staff editor, which the worker leaves to the network, never register it.
 */
import { SERVICE_WORKER_PATH } from '../../site/urls.ts';

if ('serviceWorker' in navigator) {
  const register = () => void navigator.serviceWorker.register(SERVICE_WORKER_PATH).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

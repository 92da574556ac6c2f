/**
 * Registers the service worker (service-worker.ts) once the page has loaded, so that no
 * page waits for it; not on the pages it leaves to the network (staff editor, embeds).
 */
import { OFFLINE_EXCLUDED_PREFIXES, SERVICE_WORKER_PATH } from '../../site/urls.ts';

if ('serviceWorker' in navigator && !OFFLINE_EXCLUDED_PREFIXES.some((p) => location.pathname.startsWith(p))) {
  const register = () => void navigator.serviceWorker.register(SERVICE_WORKER_PATH).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

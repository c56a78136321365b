// Registers the service worker that keeps the pages usable offline. Only once the page
// has loaded: the worker's install downloads the page's files again for its cache, which
// on a slow link must not compete with the first visit's own downloads.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  const register = () => navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {});
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

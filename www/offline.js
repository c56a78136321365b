// Registers the service worker that keeps the pages usable offline.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {});
}

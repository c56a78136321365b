// Offline after the first visit: the pages, their scripts and the engine are kept in
// the Cache Storage. Network first, so that a page, its glue and its .wasm always come
// from the same release while online; the cache answers only when the network cannot.
// Only these static files are stored, never anything a person enters.
const CACHE = 'jianxi-v4';
// Installed with the youth page: only what it loads (the other pages are kept once visited).
const FILES = ['./', 'index.html', 'style.css', 'youth.bundle.js', 'offline.js', 'data/policies-youth.json', '../pkg/jianxi_youth.js', '../pkg/jianxi_youth_bg.wasm'];

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== location.origin) return;
  e.respondWith(caches.open(CACHE).then(async (cache) => {
    const key = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
    try {
      const res = await fetch(e.request);
      if (res.ok) await cache.put(key, res.clone());
      return res;
    } catch {
      return (await cache.match(key)) || new Response('offline', { status: 503 });
    }
  }));
});

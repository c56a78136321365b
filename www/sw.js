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
      return (await cache.match(key)) || (e.request.mode === 'navigate' ? notKept() : new Response('offline', { status: 503 }));
    }
  }));
});

// A page opened offline that was never visited (the footer's about page): said in both
// languages, with the way back to the self-check, which is kept from the first visit.
const home = new URL('./', location.href).pathname;
const notKept = () => new Response(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>需要联网 · Offline</title><link rel="stylesheet" href="${home}style.css">
<header class="top"><h1>需要联网</h1></header><main>
<p>这个页面还没有保存到本机，需要联网才能打开。就业见习资格自测不联网也能用：<a href="${home}">打开资格自测</a></p>
<p lang="en">This page is not kept on this device yet: it needs the network. The self-check works offline: <a href="${home}">open the self-check</a></p>
</main></html>`, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'self'" } });

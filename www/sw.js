// Service worker: precaches the versioned assets on install, serves them cache-first, and
// waits for the page's "use the new version" button before replacing an older version.
// scripts/build-www.sh fills VERSION and ASSETS; nothing here is sent anywhere.
const VERSION = 'dev';
const ASSETS = ['./'];
const CACHE = 'bpjstk-calc-' + VERSION;
// The bulk page's own files: not fetched on install (they are not on the main page's first
// visit), stored when the bulk page asks (it posts 'cacheLater') or is fetched.
const LATER = [];
const LATER_VERSION = 'dev';
const LATER_CACHE = CACHE + '-' + LATER_VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // Hashed files never change, so the copies the page just loaded (HTTP cache) are reused and
    // a first visit downloads nothing twice; the page itself is revalidated.
    await (await caches.open(CACHE)).addAll(ASSETS.map((a) => new Request(a, { cache: a === './' ? 'no-cache' : 'default' })));
    // An older version had stored the bulk page (its cache is named CACHE-LATER_VERSION): store
    // this version's too, or the update would leave the bulk page without its offline copy. Best
    // effort: a failure here does not stop the update.
    const keys = await caches.keys();
    if (keys.some((k) => k.startsWith('bpjstk-calc-') && k.split('-').length === 4 && k !== LATER_CACHE)) {
      await (await caches.open(LATER_CACHE)).addAll(LATER).catch(() => {});
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const k of await caches.keys()) if (k.startsWith('bpjstk-calc-') && k !== CACHE && k !== LATER_CACHE) await caches.delete(k);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
  if (event.data === 'cacheLater') event.waitUntil(caches.open(LATER_CACHE).then((c) => c.addAll(LATER)));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  const later = LATER.find((a) => new URL(req.url).pathname.endsWith('/' + a));
  if (later) {
    event.respondWith((async () => {
      const cache = await caches.open(LATER_CACHE);
      const hit = await cache.match(later);
      if (hit) return hit;
      const res = await fetch(req);
      if (res.ok) await cache.put(later, res.clone());
      return res;
    })());
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Pages: the cached shell (the state lives in the #fragment, which never reaches here);
    // other pages of the site (the embed's "get the code" page) from the network.
    const shell = /\/(index\.html)?$/.test(new URL(req.url).pathname);
    const hit = req.mode === 'navigate' ? (shell ? await cache.match('./') : null) : await cache.match(req);
    if (hit) return hit;
    return fetch(req);
  })());
});

// Court desk service worker: keeps the contact form and the styles and scripts it needs, so that the
// form opens on a phone with no signal. It keeps nothing else: no other page, no answer to a form,
// nothing about a family, and its copy of the form carries nobody's name (a phone may be shared).
// The contacts themselves wait in the form's outbox (court-desk-contact.js). Signing out clears all
// of it (Clear-Site-Data).
'use strict';

// v2: copies kept by v1 held the volunteer's name; activating deletes them. v3: pages ask for
// styles and scripts by addresses that carry a hash of their content; each is kept under its plain
// address.
const CACHE = 'fm-court-desk-v3';
const FORM = '/court-desk/contacts/new';
const ASSETS = [
  '/govuk/govuk-frontend.min.css',
  '/govuk/govuk-frontend.min.js',
  '/css/app.css',
  '/js/govuk-init.js',
  '/js/app.js',
  '/js/court-desk-contact.js',
  '/assets/images/favicon.ico'
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(ASSETS))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

/** The page without what names the person signed in (the parts marked data-fm-personal). */
function anonymous(html) {
  return html.replace(/<([a-z]+)\b[^>]*\bdata-fm-personal\b[^>]*>[\s\S]*?<\/\1>/g, '');
}

function keepForm(response) {
  if (response && response.ok && !response.redirected && response.type === 'basic') {
    const headers = { 'Content-Type': response.headers.get('Content-Type') || 'text/html;charset=UTF-8' };
    response.clone().text()
      .then((html) => caches.open(CACHE)
        .then((cache) => cache.put(FORM, new Response(anonymous(html), { headers: headers }))))
      .catch(() => undefined);
  }
  return response;
}

function keep(key, response) {
  if (response && response.ok && !response.redirected && response.type === 'basic') {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(key, copy));
  }
  return response;
}

/** An asset's plain address: without the content hash the pages' addresses carry (app-<hash>.css). */
function plain(pathname) {
  return pathname.replace(/-[0-9a-f]{32}(\.[a-z0-9]+)$/, '$1');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return; // forms are sent by the browser, or by the outbox, never kept here
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && url.pathname === FORM && url.search === '') {
    // The network first, so that the page is fresh (and its sign-in checked) whenever there is a signal.
    event.respondWith(fetch(request)
      .then((response) => keepForm(response))
      .catch(() => caches.match(FORM).then((cached) => cached || Response.error())));
    return;
  }
  const asset = plain(url.pathname);
  if (ASSETS.includes(asset) || asset.startsWith('/assets/fonts/')) {
    // From the phone at once, refreshed behind the scenes when there is a signal.
    event.respondWith(caches.match(asset).then((cached) => {
      const fresh = fetch(request).then((response) => keep(asset, response));
      if (cached) {
        fresh.catch(() => undefined);
        return cached;
      }
      return fresh;
    }));
  }
});

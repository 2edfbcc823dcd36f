// The court desk contact form when the signal drops. Progressive enhancement only: without this
// script the form is an ordinary form, sent and answered by the service.
//
// With it, the form is sent in the background. When the network is down the contact is kept on this
// phone (localStorage, an "outbox"), with the idempotency key the form was given, and the form is
// cleared for the next contact with a fresh key. Waiting contacts are sent when the connection
// returns (the online event, the next time the page opens, or "Send now"), each with a fresh CSRF
// token; the service stores a contact once for each key, so a contact sent twice is stored once.
//
// On a shared phone: this script is on every page a signed-in person sees. Signing out while
// contacts wait on the phone asks first: send them (on the contact form), or delete them. The
// service then clears the phone's data for it (Clear-Site-Data): the outbox, the service worker and
// its copy of the form.
(function () {
  'use strict';

  if (!window.localStorage || !window.Promise) {
    return;
  }
  var OUTBOX = 'fm-court-desk-outbox';
  var USED = 'fm-court-desk-used-keys';
  // Set by the contact form part below, when this page is the form: sends what waits.
  var sendWaiting = null;

  function loadList(name) {
    try {
      var value = JSON.parse(window.localStorage.getItem(name));
      return Array.isArray(value) ? value : [];
    } catch (e) {
      return [];
    }
  }

  // Signing out with contacts still on the phone asks first.
  (function guardSignOut() {
    var signOut = document.querySelector('form.fm-account__sign-out');
    var main = document.getElementById('main-content');
    if (!signOut || !main) {
      return;
    }
    var panel = null;

    function plural(count, one, many) {
      return count === 1 ? one : count + ' ' + many;
    }

    function leave() {
      signOut.setAttribute('data-confirmed', 'true');
      signOut.submit();
    }

    function button(text, classes, action) {
      var element = document.createElement('button');
      element.type = 'button';
      element.className = 'govuk-button ' + classes;
      element.textContent = text;
      element.addEventListener('click', action);
      return element;
    }

    function close() {
      if (panel) {
        panel.parentNode.removeChild(panel);
        panel = null;
      }
    }

    function ask(count) {
      close();
      panel = document.createElement('div');
      panel.className = 'govuk-notification-banner';
      panel.id = 'sign-out-outbox';
      panel.setAttribute('role', 'alert');
      panel.setAttribute('aria-labelledby', 'sign-out-outbox-title');
      panel.setAttribute('tabindex', '-1');
      var header = document.createElement('div');
      header.className = 'govuk-notification-banner__header';
      var title = document.createElement('h2');
      title.className = 'govuk-notification-banner__title';
      title.id = 'sign-out-outbox-title';
      title.textContent = 'Before you sign out';
      header.appendChild(title);
      var content = document.createElement('div');
      content.className = 'govuk-notification-banner__content';
      var heading = document.createElement('p');
      heading.className = 'govuk-notification-banner__heading';
      heading.textContent = plural(count, '1 contact is', 'contacts are') + ' still waiting on this phone to be sent.';
      var body = document.createElement('p');
      body.className = 'govuk-body';
      body.id = 'sign-out-outbox-status';
      body.textContent = 'Signing out deletes everything this service keeps on this phone. Send '
        + plural(count, 'it', 'them') + ' first, or delete ' + plural(count, 'it', 'them') + '.';
      var actions = document.createElement('div');
      actions.className = 'govuk-button-group';
      if (sendWaiting) {
        actions.appendChild(button(plural(count, 'Send it', 'Send them') + ' and sign out', '', function () {
          body.textContent = 'Sending…';
          sendWaiting().then(function (left) {
            if (left === 0) {
              leave();
            } else {
              body.textContent = plural(left, '1 contact', 'contacts') + ' could not be sent. Check the signal, '
                + 'then try again, or delete ' + plural(left, 'it', 'them') + '.';
            }
          });
        }));
      } else {
        var go = document.createElement('a');
        go.className = 'govuk-button';
        go.href = '/court-desk/contacts/new';
        go.textContent = plural(count, 'Go to the contact', 'Go to the contacts') + ' waiting';
        actions.appendChild(go);
      }
      actions.appendChild(button(plural(count, 'Delete it', 'Delete them') + ' and sign out', 'govuk-button--warning',
        function () {
          window.localStorage.removeItem(OUTBOX);
          leave();
        }));
      actions.appendChild(button('Stay signed in', 'govuk-button--secondary', close));
      content.appendChild(heading);
      content.appendChild(body);
      content.appendChild(actions);
      panel.appendChild(header);
      panel.appendChild(content);
      main.insertBefore(panel, main.firstChild);
      panel.focus();
    }

    signOut.addEventListener('submit', function (event) {
      if (signOut.getAttribute('data-confirmed') === 'true') {
        return;
      }
      var waiting = loadList(OUTBOX).length;
      if (waiting > 0) {
        event.preventDefault();
        ask(waiting);
      }
    });
  }());

  var form = document.getElementById('contact-form');
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams || !window.DOMParser) {
    return;
  }
  var volunteer = form.getAttribute('data-volunteer');
  var box = document.getElementById('outbox');
  var summary = document.getElementById('outbox-summary');
  var list = document.getElementById('outbox-list');
  var sendButton = document.getElementById('outbox-send');
  var actions = document.getElementById('outbox-actions');
  var notes = [];
  var sending = false;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/court-desk/service-worker.js', { scope: '/court-desk/' })
      .catch(function () { return undefined; });
  }

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-'
      + hex.slice(20);
  }

  var load = loadList;

  function store(name, value) {
    window.localStorage.setItem(name, JSON.stringify(value));
  }

  function keyInput() {
    return form.querySelector('input[name="idempotencyKey"]');
  }

  function markUsed(key) {
    var used = load(USED);
    if (used.indexOf(key) < 0) {
      used.push(key);
      store(USED, used.slice(-500));
    }
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function setField(name, value) {
    var field = form.querySelector('[name="' + name + '"]');
    if (field) {
      field.value = value;
    }
  }

  function setNow() {
    var now = new Date();
    setField('met.day', String(now.getDate()));
    setField('met.month', String(now.getMonth() + 1));
    setField('met.year', String(now.getFullYear()));
    setField('time', pad(now.getHours()) + ':' + pad(now.getMinutes()));
  }

  /**
   * The person's details show only when they agree to be contacted, as GOV.UK's conditional reveal
   * does, but without its aria-expanded on a radio (which radios do not support).
   */
  function syncReveal() {
    var agreed = form.querySelector('input[name="agreesToContact"][value="yes"]');
    var details = document.getElementById('conditional-agreesToContact');
    if (agreed && details) {
      details.classList.toggle('govuk-radios__conditional--hidden', !agreed.checked);
    }
  }

  /** Empties every field, for the next contact, with a fresh key and the time now. */
  function clearForm() {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.type === 'radio' || field.type === 'checkbox') {
        field.checked = false;
      } else if (field.tagName === 'SELECT') {
        field.selectedIndex = 0;
      } else if (field.type !== 'hidden' && field.type !== 'submit' && field.type !== 'button') {
        field.value = '';
      }
    });
    keyInput().value = uuid();
    setNow();
    syncReveal();
  }

  var PERSONAL = ['givenName', 'familyName', 'phone', 'email', 'localityId', 'bestTime', 'explained'];

  /**
   * What the form holds, as name and value pairs, without the CSRF token (a stale one is no use
   * later) and, unless the person agrees to be contacted, without anything typed about them: that is
   * not kept, not even on this phone.
   */
  function collect() {
    var pairs = [];
    var data = new FormData(form);
    var agreed = data.get('agreesToContact') === 'yes';
    data.forEach(function (value, name) {
      if (!agreed && PERSONAL.indexOf(name) >= 0) {
        return;
      }
      if (name !== '_csrf' && name !== 'find' && typeof value === 'string') {
        pairs.push([name, value]);
      }
    });
    return pairs;
  }

  function fill(fields) {
    clearForm();
    fields.forEach(function (pair) {
      var matching = form.querySelectorAll('[name="' + pair[0] + '"]');
      Array.prototype.forEach.call(matching, function (field) {
        if (field.type === 'radio' || field.type === 'checkbox') {
          if (field.value === pair[1]) {
            field.checked = true;
          }
        } else {
          field.value = pair[1];
        }
      });
    });
    syncReveal();
  }

  function mine(entry) {
    return entry && entry.volunteer === volunteer;
  }

  function when(iso) {
    var date = new Date(iso);
    return pad(date.getHours()) + ':' + pad(date.getMinutes()) + ' on ' + date.toLocaleDateString('en-GB',
      { day: 'numeric', month: 'long' });
  }

  function render() {
    var entries = load(OUTBOX).filter(mine);
    var waiting = entries.filter(function (e) { return e.status !== 'failed'; });
    var failed = entries.length - waiting.length;
    box.hidden = entries.length === 0 && notes.length === 0;
    var text;
    if (waiting.length === 1) {
      text = '1 contact is waiting to be sent. It will be sent when you are back online.';
    } else if (waiting.length > 1) {
      text = waiting.length + ' contacts are waiting to be sent. They will be sent when you are back online.';
    } else {
      text = 'No contact is waiting to be sent.';
    }
    if (failed > 0) {
      text += failed === 1 ? ' 1 contact could not be sent.' : ' ' + failed + ' contacts could not be sent.';
    }
    summary.textContent = text;
    list.textContent = '';
    entries.forEach(function (entry) {
      var item = document.createElement('li');
      item.className = 'fm-outbox__item';
      item.setAttribute('data-key', entry.key);
      var line = 'Contact saved at ' + when(entry.savedAt);
      if (entry.status === 'failed') {
        line += ': could not be sent: ' + entry.problem;
      } else {
        line += ': waiting to be sent';
      }
      item.appendChild(document.createTextNode(line + ' '));
      if (entry.status === 'failed') {
        var open = document.createElement('button');
        open.type = 'button';
        open.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-1';
        open.textContent = 'Open it in the form';
        open.addEventListener('click', function () {
          remove(entry.key);
          fill(entry.fields);
          render();
          form.scrollIntoView();
        });
        item.appendChild(open);
      }
      list.appendChild(item);
    });
    notes.forEach(function (note) {
      var item = document.createElement('li');
      item.className = 'fm-outbox__sent';
      item.textContent = note;
      list.appendChild(item);
    });
    actions.hidden = waiting.length === 0;
  }

  function keepEntry(entry) {
    var entries = load(OUTBOX).filter(function (e) { return e.key !== entry.key; });
    entries.push(entry);
    store(OUTBOX, entries);
  }

  function remove(key) {
    store(OUTBOX, load(OUTBOX).filter(function (e) { return e.key !== key; }));
  }

  function markFailed(key, problem) {
    store(OUTBOX, load(OUTBOX).map(function (e) {
      if (e.key === key) {
        e.status = 'failed';
        e.problem = problem;
      }
      return e;
    }));
  }

  /** A fresh CSRF token from the form page itself: the one kept with a contact may be stale. */
  function freshToken() {
    return fetch('/court-desk/contacts/new', { credentials: 'same-origin', cache: 'no-store',
      headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok || response.url.indexOf('/court-desk/contacts/new') < 0) {
          throw new Error('sign-in');
        }
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var token = page.querySelector('#contact-form input[name="_csrf"]');
        if (!token) {
          throw new Error('sign-in');
        }
        return token.value;
      });
  }

  function post(fields, token) {
    var body = new URLSearchParams();
    fields.forEach(function (pair) { body.append(pair[0], pair[1]); });
    body.append('_csrf', token);
    return fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin',
      headers: { Accept: 'application/json' } });
  }

  function send(entry, token) {
    return post(entry.fields, token).then(function (response) {
      if (response.ok) {
        return response.json().then(function (answer) {
          remove(entry.key);
          notes.push((answer.status === 'already-received' ? 'Already received: ' : 'Sent: ')
            + answer.reference + ' (saved at ' + when(entry.savedAt) + ')');
        });
      }
      if (response.status === 400) {
        return response.json().then(function (problem) {
          var errors = (problem.errors || []).map(function (e) { return e.message; });
          markFailed(entry.key, errors.length ? errors.join('. ') : 'the service refused it');
        });
      }
      notes.push('Sign in again to send the waiting contacts.');
      return undefined;
    }, function () {
      return undefined; // still no signal: it keeps waiting
    });
  }

  function flush() {
    var waiting = load(OUTBOX).filter(mine).filter(function (e) { return e.status !== 'failed'; });
    if (sending || waiting.length === 0) {
      return Promise.resolve();
    }
    sending = true;
    notes = [];
    return freshToken()
      .then(function (token) {
        return waiting.reduce(function (previous, entry) {
          return previous.then(function () { return send(entry, token); });
        }, Promise.resolve());
      }, function (error) {
        if (error && error.message === 'sign-in') {
          notes.push('Sign in again to send the waiting contacts.');
        }
      })
      .then(function () {
        sending = false;
        render();
      });
  }

  // For the sign-out question: sends what waits, then says how many could not be sent.
  sendWaiting = function () {
    return flush().then(function () {
      return load(OUTBOX).filter(mine).length;
    });
  };

  function keepOffline(fields, key) {
    keepEntry({ key: key, volunteer: volunteer, savedAt: new Date().toISOString(), fields: fields,
      status: 'waiting' });
    clearForm();
    notes = ['You are offline. The contact is saved on this phone.'];
    render();
    box.setAttribute('tabindex', '-1');
    box.focus();
  }

  form.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.name === 'find') {
      return; // the service search needs the service: an ordinary submission
    }
    event.preventDefault();
    var fields = collect();
    var key = keyInput().value;
    markUsed(key);
    var token = form.querySelector('input[name="_csrf"]');
    post(fields, token ? token.value : '').then(function (response) {
      if (response.ok) {
        return response.json().then(function (answer) {
          window.location.assign('/court-desk/contacts/' + answer.id + '/recorded'
            + (answer.status === 'already-received' ? '?again=true' : ''));
        });
      }
      // Mistakes (and anything else) are shown by the service, as without this script.
      form.submit();
      return undefined;
    }, function () {
      keepOffline(fields, key);
    });
  });

  Array.prototype.forEach.call(form.querySelectorAll('input[name="agreesToContact"]'), function (radio) {
    radio.addEventListener('change', syncReveal);
  });
  syncReveal();
  sendButton.addEventListener('click', function () { flush(); });
  window.addEventListener('online', function () { flush(); });

  // A page opened from the phone's copy holds a key already used: give it a fresh one.
  if (load(USED).indexOf(keyInput().value) >= 0) {
    keyInput().value = uuid();
  }
  if (form.getAttribute('data-fresh') === 'true') {
    setNow();
  }
  render();
  if (navigator.onLine !== false) {
    flush();
  }
}());

// Nothing typed in the answer form is lost (form#answers[data-keep][data-draft-url]):
// - every value typed is kept in this browser's localStorage, under a key naming the user, the
//   campaign and the collectivité (answers only: no token, no password);
// - a draft is saved on the server a few seconds after typing stops, and on a step change
//   (the `mutualis:step` event), with the form's optimistic version;
// - an expired session (401) says so, with a link to sign in again; the values stay here and are
//   put back when the page is shown again;
// - a conflict (409: saved by someone else, transmitted or validated meanwhile) or a page showing
//   stored answers that differ from those kept here shows each kept value beside the stored one,
//   with « Reprendre ma saisie »;
// - the copy is removed once the server holds the same values.
(function () {
  'use strict';

  var PREFIX = 'mutualis.answers.';
  var form = document.querySelector('form#answers[data-keep][data-draft-url]');
  if (!form || !window.localStorage) { return; }

  var box = document.getElementById('answers-keep');
  if (!box) {
    box = document.createElement('div');
    box.id = 'answers-keep';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    form.parentNode.insertBefore(box, form);
  }

  function t(name, args) {
    var text = box.getAttribute('data-t-' + name) || '';
    (args || []).forEach(function (arg, i) { text = text.split('{' + i + '}').join(arg); });
    return text;
  }

  var header = document.querySelector('.site-header .session [sec\\:authentication], .site-header .session form span');
  var user = form.getAttribute('data-keep-user') || (header ? header.textContent.trim() : '');
  var mine = PREFIX + encodeURIComponent(user) + '.';
  var key = mine + form.getAttribute('data-keep');
  var storage = window.localStorage;

  // Never keep another person's answers on this computer.
  for (var i = storage.length - 1; i >= 0; i--) {
    var k = storage.key(i);
    if (k && k.indexOf(PREFIX) === 0 && k.indexOf(mine) !== 0) { storage.removeItem(k); }
  }

  function isAnswer(name) { return name === 'comment' || name.indexOf('a.') === 0; }

  function names() {
    var seen = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && isAnswer(el.name) && seen.indexOf(el.name) < 0) { seen.push(el.name); }
    });
    return seen;
  }

  function valueOf(name) {
    var el = form.elements.namedItem(name);
    if (!el) { return ''; }
    if (typeof RadioNodeList !== 'undefined' && el instanceof RadioNodeList) {
      var first = el[0];
      if (first && first.type === 'checkbox') {
        return Array.prototype.filter.call(el, function (c) { return c.checked; })
          .map(function (c) { return c.value; }).join(',');
      }
      return el.value || '';
    }
    if (el.type === 'checkbox') { return el.checked ? el.value : ''; }
    if (el.type === 'radio') { return el.checked ? el.value : ''; }
    return el.value == null ? '' : el.value;
  }

  function setValue(name, value) {
    var el = form.elements.namedItem(name);
    if (!el || valueOf(name) === value) { return; }
    if (typeof RadioNodeList !== 'undefined' && el instanceof RadioNodeList) {
      Array.prototype.forEach.call(el, function (c) { c.checked = c.value === value; });
    } else if (el.type === 'checkbox' || el.type === 'radio') {
      el.checked = el.value === value;
    } else {
      el.value = value;
    }
    var target = el.length && el[0] ? el[0] : el;
    target.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function snapshot() {
    var values = {};
    names().forEach(function (n) { values[n] = valueOf(n); });
    return values;
  }

  function versionInput() { return form.elements.namedItem('version'); }
  function version() { var v = versionInput(); return v ? String(v.value) : '0'; }

  function editable() {
    var fields = names().map(function (n) { return form.elements.namedItem(n); }).filter(Boolean);
    return fields.length > 0 && fields.some(function (f) {
      var el = f.length && f[0] ? f[0] : f;
      return !el.disabled && !el.closest('fieldset[disabled]');
    });
  }

  function read() {
    try { return JSON.parse(storage.getItem(key) || 'null'); } catch (e) { return null; }
  }

  // Typed values not (yet) taken back after a conflict: kept beside the stored ones.
  var aside = {};

  function keep(baseVersion) {
    try {
      storage.setItem(key, JSON.stringify({
        version: baseVersion == null ? version() : String(baseVersion),
        values: snapshot(), aside: aside, at: Date.now()
      }));
    } catch (e) { /* storage full or refused: the server draft still protects the answers */ }
  }

  function forget() { storage.removeItem(key); }

  function same(a, b) {
    return Object.keys(a).every(function (n) { return a[n] === b[n]; });
  }

  function say(text, kind, link, linkText) {
    box.textContent = '';
    box.className = 'keep-status' + (kind ? ' notice ' + kind : '');
    if (!text) { return; }
    box.appendChild(document.createTextNode(text));
    if (link) {
      box.appendChild(document.createTextNode(' '));
      var a = document.createElement('a');
      a.href = link;
      a.textContent = linkText || t('sign-in');
      box.appendChild(a);
      box.appendChild(document.createTextNode('.'));
    }
  }

  // ---- what was typed, beside what is stored ----

  function labelOf(name) {
    var el = form.elements.namedItem(name);
    var field = el && el.length && el[0] ? el[0] : el;
    var label = field && field.id ? form.querySelector('label[for="' + field.id + '"]') : null;
    if (!label && field) { label = field.closest('fieldset') ? field.closest('fieldset').querySelector('legend') : null; }
    var span = label ? label.querySelector('span') : null;
    return (span || label || { textContent: name }).textContent.trim();
  }

  function anchorOf(name) {
    var el = form.elements.namedItem(name);
    var field = el && el.length && el[0] ? el[0] : el;
    if (!field) { return null; }
    return field.closest('[data-question], .question, div') || field.parentNode;
  }

  function shown(value) { return value === '' || value == null ? t('empty') : value; }

  var summary = null;

  function showSummary(readonly) {
    if (!summary) {
      summary = document.createElement('div');
      summary.id = 'keep-beside';
      summary.className = 'notice warn';
      summary.setAttribute('role', 'region');
      summary.setAttribute('aria-label', t('differ'));
      form.parentNode.insertBefore(summary, form);
    }
    summary.textContent = '';
    var p = document.createElement('p');
    p.textContent = t('differ') + (readonly ? ' ' + t('readonly') : '');
    summary.appendChild(p);
    var forgetButton = document.createElement('button');
    forgetButton.type = 'button';
    forgetButton.className = 'secondary';
    forgetButton.textContent = t('forget');
    forgetButton.addEventListener('click', function () {
      aside = {};
      Array.prototype.forEach.call(form.querySelectorAll('.keep-beside'), function (n) { n.remove(); });
      summary.remove();
      summary = null;
      if (editable()) { keep(); } else { forget(); }
    });
    summary.appendChild(forgetButton);
  }

  function besideNote(name, typed, stored, canTakeBack) {
    var anchor = anchorOf(name);
    if (!anchor) { return; }
    var old = anchor.querySelector('.keep-beside[data-name="' + name + '"]');
    if (old) { old.remove(); }
    var note = document.createElement('p');
    note.className = 'keep-beside notice warn';
    note.setAttribute('data-name', name);
    var text = document.createElement('span');
    text.textContent = t('beside', [shown(typed), shown(stored)]);
    note.appendChild(text);
    if (canTakeBack) {
      note.appendChild(document.createTextNode(' '));
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.textContent = t('take-back');
      button.setAttribute('aria-label', t('take-back') + ' — ' + labelOf(name));
      button.addEventListener('click', function () {
        setValue(name, typed);
        delete aside[name];
        note.remove();
        if (!Object.keys(aside).length && summary) { summary.remove(); summary = null; }
        changed();
        var el = form.elements.namedItem(name);
        var field = el && el.length && el[0] ? el[0] : el;
        if (field && field.focus) { field.focus(); }
      });
      note.appendChild(button);
    }
    anchor.appendChild(note);
  }

  // typed: what this person typed; stored: the server's values (by field name).
  function showBeside(typed, stored, canTakeBack) {
    var differing = Object.keys(typed).filter(function (n) {
      return n in stored && typed[n] !== stored[n];
    });
    if (!differing.length) { return false; }
    differing.forEach(function (n) {
      aside[n] = typed[n];
      besideNote(n, typed[n], stored[n], canTakeBack);
    });
    showSummary(!canTakeBack);
    return true;
  }

  // ---- auto-save ----

  var delay = parseInt(form.getAttribute('data-keep-delay') || '3000', 10);
  var timer = null;
  var saving = false;
  var again = false;
  var dirty = false;
  var stopped = false;

  function schedule() {
    if (timer) { clearTimeout(timer); }
    var wait = parseInt(form.getAttribute('data-keep-delay') || String(delay), 10);
    timer = setTimeout(save, wait);
  }

  function changed() {
    dirty = true;
    keep();
    if (!stopped && editable()) { schedule(); }
  }

  function serverValues(problem) {
    var stored = {};
    var answers = problem.answers || {};
    names().forEach(function (n) {
      if (n === 'comment') { stored[n] = problem.comment || ''; }
      else { stored[n] = answers[n.substring(2)] || ''; }
    });
    return stored;
  }

  function save() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!dirty || stopped || !editable()) { return; }
    if (saving) { again = true; return; }
    saving = true;
    dirty = false;
    var sent = snapshot();
    say(t('saving'));
    var body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string') { body.append(name, value); }
    });
    fetch(form.getAttribute('data-draft-url'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      redirect: 'error',
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'fetch' }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, json: json };
      });
    }).then(function (answer) {
      if (answer.status === 200) {
        var v = versionInput();
        if (v) { v.value = answer.json.version; }
        say(t('saved', [answer.json.time || '']), 'ok');
        if (same(sent, snapshot()) && !Object.keys(aside).length) { forget(); } else { keep(); }
      } else if (answer.status === 401) {
        dirty = true;
        say(t('expired'), 'warn', window.location.pathname + window.location.search);
      } else if (answer.status === 403 && answer.json.reload) {
        // Signed in again elsewhere: this page's token is an older session's.
        dirty = true;
        say(answer.json.detail || t('failed'), 'warn', window.location.pathname + window.location.search, t('reload'));
      } else if (answer.status === 409) {
        conflict(answer.json, sent);
      } else if (answer.status === 422) {
        dirty = true;
        say(t('invalid'), 'warn');
      } else {
        dirty = true;
        say(answer.json.detail || t('failed'), 'warn');
      }
    }).catch(function () {
      dirty = true;
      say(t('failed'), 'warn');
    }).then(function () {
      saving = false;
      if (again) { again = false; save(); }
    });
  }

  function conflict(problem, sent) {
    var status = problem.status;
    if (status === 'SUBMITTED') {
      // Transmitted: the form's own buttons save it; a background save must not change its state.
      stopped = true;
      keep();
      say(problem.detail || t('failed'), 'warn');
      return;
    }
    var typed = snapshot();
    Object.keys(sent).forEach(function (n) { if (!(n in typed)) { typed[n] = sent[n]; } });
    var stored = serverValues(problem);
    var base = version();
    if (status === 'VALIDATED') {
      stopped = true;
      say(problem.detail || t('readonly'), 'warn');
      Object.keys(stored).forEach(function (n) { setValue(n, stored[n]); });
      showBeside(typed, stored, false);
      keep(base);
      return;
    }
    // Saved by someone else meanwhile: show theirs in the fields, mine beside, the newer version.
    say(problem.detail || t('differ'), 'warn');
    Object.keys(stored).forEach(function (n) { setValue(n, stored[n]); });
    var v = versionInput();
    if (v && problem.version != null) { v.value = problem.version; }
    showBeside(typed, stored, true);
    keep(problem.version);
  }

  // ---- when the page is shown ----

  var kept = read();
  var rendered = snapshot();
  var unsaved = box.getAttribute('data-unsaved') === 'true';
  if (kept && kept.values) {
    aside = {};
    var canEdit = editable();
    var typed = {};
    Object.keys(kept.values).forEach(function (n) { if (n in rendered) { typed[n] = kept.values[n]; } });
    var keptAside = kept.aside || {};
    var differing = Object.keys(typed).filter(function (n) { return typed[n] !== rendered[n]; });
    if (canEdit && String(kept.version) === version() && differing.length) {
      // The stored answers did not change since these were typed (an expired session, a closed
      // tab): put them back, and save them.
      differing.forEach(function (n) { setValue(n, typed[n]); });
      say(t('restored'), 'warn');
      dirty = true;
      schedule();
    } else if (differing.length) {
      showBeside(typed, rendered, canEdit);
    }
    var besides = {};
    Object.keys(keptAside).forEach(function (n) {
      if (n in rendered && keptAside[n] !== rendered[n] && differing.indexOf(n) < 0) { besides[n] = keptAside[n]; }
    });
    showBeside(besides, rendered, canEdit);
    if (!differing.length && !Object.keys(aside).length) {
      if (unsaved) { keep(); } else { forget(); }
    }
  } else if (unsaved) {
    keep();
  }

  form.addEventListener('input', function (event) {
    if (event.target && event.target.name && isAnswer(event.target.name)) { changed(); }
  });
  form.addEventListener('change', function (event) {
    if (event.isTrusted && event.target && event.target.name && isAnswer(event.target.name)) { changed(); }
  });
  // The classic buttons: keep the very latest values first (the session may have expired).
  form.addEventListener('submit', function () {
    if (timer) { clearTimeout(timer); timer = null; }
    stopped = true;
    keep();
  });
  function onStep() { save(); }
  form.addEventListener('mutualis:step', onStep);
  document.addEventListener('mutualis:step', function (event) { if (event.target !== form && !form.contains(event.target)) { onStep(); } });
  window.addEventListener('pagehide', function () { if (dirty) { keep(); } });
})();

// The answer form in steps: one step per theme and a final review, in ONE form (every answer is
// always submitted). Without JavaScript every step shows, one under the other. Also: « Non
// communiqué » boxes, skip logic (data-show-if on a question, the same rule as the server's
// census/conditions.csv), and the live checks between answers (GET …/check?cross=1).
(function () {
  'use strict';

  function init() {
    var form = document.getElementById('answers');
    if (!form) {
      return;
    }
    var steps = Array.prototype.slice.call(form.querySelectorAll('section.step'));
    if (steps.length === 0) {
      return;
    }
    var links = Array.prototype.slice.call(document.querySelectorAll('nav.steps a[data-step]'));
    var progress = document.querySelector('.step-progress');
    var status = document.getElementById('step-status');
    var bar = document.getElementById('step-bar');
    var base = form.getAttribute('action').split('#')[0];
    var current = 1;

    document.documentElement.classList.add('js-steps');
    if (progress) {
      progress.hidden = false;
    }
    if (bar) {
      bar.max = steps.length;
    }
    form.querySelectorAll('.step-prev, .step-next').forEach(function (b) { b.hidden = false; });
    var noJs = form.querySelector('.review-nojs');
    if (noJs) {
      noJs.hidden = true;
    }

    function format(pattern, args) {
      return pattern.replace(/\{(\d)\}/g, function (m, i) { return args[+i]; });
    }

    function show(n, focus) {
      n = Math.max(1, Math.min(steps.length, n));
      current = n;
      steps.forEach(function (s, i) { s.hidden = (i + 1) !== n; });
      links.forEach(function (a) {
        if (+a.getAttribute('data-step') === n) {
          a.setAttribute('aria-current', 'step');
        } else {
          a.removeAttribute('aria-current');
        }
      });
      var step = steps[n - 1];
      if (status) {
        status.textContent = format(form.getAttribute('data-progress') || '{0} / {1} — {2}',
          [n, steps.length, step.getAttribute('data-title')]);
      }
      if (bar) {
        bar.value = n;
      }
      form.setAttribute('action', base + '#step-' + n);
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', window.location.pathname + window.location.search + '#step-' + n);
      }
      if (step.id === 'step-review') {
        review();
      }
      if (focus) {
        var heading = step.querySelector('h2');
        if (heading) {
          heading.focus();
        }
        window.scrollTo(0, 0);
      }
      document.dispatchEvent(new CustomEvent('mutualis:step', { detail: { step: n } }));
    }

    links.forEach(function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        show(+a.getAttribute('data-step'), true);
      });
    });
    form.addEventListener('click', function (e) {
      var t = e.target;
      if (t.classList.contains('step-next')) {
        show(current + 1, true);
      } else if (t.classList.contains('step-prev')) {
        show(current - 1, true);
      }
    });

    // « Non communiqué » and skip logic decide together whether a field is enabled.
    function answerOf(code) {
      var nc = form.querySelector('input[type=checkbox][name="nc.' + code + '"]');
      if (nc && nc.checked && !nc.disabled) {
        return 'NC';
      }
      var radio = form.querySelector('input[type=radio][name="a.' + code + '"]:checked');
      if (radio) {
        return radio.disabled ? '' : radio.value;
      }
      var field = document.getElementById('a-' + code);
      return field && !field.disabled ? field.value : '';
    }

    function shown(question) {
      var dep = question.getAttribute('data-show-if');
      if (!dep) {
        return true;
      }
      var depQuestion = document.getElementById('q-' + dep);
      if (depQuestion && depQuestion.hidden) {
        return false;
      }
      var answer = (answerOf(dep) || '').trim();
      if (answer === '' || answer.toUpperCase() === 'NC') {
        return true;
      }
      var op = question.getAttribute('data-op');
      var value = question.getAttribute('data-value');
      if (op === 'gt') {
        var n = Number(answer.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
        return isNaN(n) || n > Number(value);
      }
      if (op === 'ne') {
        return answer.toLowerCase() !== value.toLowerCase();
      }
      return answer.toLowerCase() === value.toLowerCase();
    }

    function refresh() {
      var questions = form.querySelectorAll('.question');
      questions.forEach(function (q) {
        var visible = shown(q);
        q.hidden = !visible;
        q.querySelectorAll('input, select, textarea').forEach(function (el) {
          var off = !visible;
          if (visible && el.type !== 'checkbox' && el.type !== 'radio') {
            var nc = q.querySelector('input[data-nc-for="' + el.id + '"]');
            off = !!(nc && nc.checked);
          }
          el.disabled = off;
        });
      });
    }

    // Live checks between answers (an OS per device, ranks once…), for the step being filled.
    var checkUrl = form.getAttribute('data-check-url');
    var timer = null;
    function crossCheck(step) {
      if (!checkUrl || !step || step.id === 'step-review') {
        return;
      }
      var params = new URLSearchParams();
      params.append('cross', '1');
      // the whole theme's answers (a rule may join two of its sections), only the theme's
      var theme = step.getAttribute('data-theme');
      var scope = theme ? form.querySelectorAll('section.step[data-theme="' + theme + '"]') : [step];
      var fields = [];
      Array.prototype.forEach.call(scope, function (s) {
        Array.prototype.push.apply(fields, s.querySelectorAll('input[name^="a."], input[name^="nc."]'));
      });
      fields.forEach(function (el) {
        if (el.disabled || ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) || el.value.trim() === '') {
          return;
        }
        params.append(el.name, el.value);
      });
      fetch(checkUrl + (checkUrl.indexOf('?') < 0 ? '?' : '&') + params.toString(),
        { credentials: 'same-origin', headers: { 'HX-Request': 'true' } })
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var found = {};
          doc.querySelectorAll('li[data-code]').forEach(function (li) {
            found[li.getAttribute('data-code')] = li.textContent;
          });
          Array.prototype.forEach.call(scope, function (s) {
            s.querySelectorAll('.cross-check').forEach(function (p) {
            var text = found[p.id.substring(2)] || '';
              if (p.textContent !== text) {
                p.textContent = text;
              }
            });
          });
        })
        .catch(function () { /* the check is a help; the server checks again on submit */ });
    }

    form.addEventListener('change', function (e) {
      refresh();
      var step = e.target.closest ? e.target.closest('section.step') : null;
      clearTimeout(timer);
      timer = setTimeout(function () { crossCheck(step); }, 250);
    });

    // The review: every answer as the person gave it, and what is still missing.
    function answerText(q) {
      var code = q.getAttribute('data-code');
      if (q.hidden) {
        return form.getAttribute('data-skipped');
      }
      var a = answerOf(code);
      if (a === 'NC') {
        return form.getAttribute('data-nc');
      }
      var radio = form.querySelector('input[type=radio][name="a.' + code + '"]:checked');
      if (radio) {
        return radio.parentNode.textContent.trim();
      }
      if (a.trim() === '') {
        return '';
      }
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a);
      if (m) {
        return m[3] + '/' + m[2] + '/' + m[1];
      }
      var unit = q.getAttribute('data-unit');
      return a + (unit ? ' ' + unit : '');
    }

    function el(tag, text, cls) {
      var e = document.createElement(tag);
      if (text) {
        e.textContent = text;
      }
      if (cls) {
        e.className = cls;
      }
      return e;
    }

    function review() {
      var box = document.getElementById('review');
      if (!box) {
        return;
      }
      box.textContent = '';
      var missing = [];
      var tables = [];
      steps.forEach(function (step, i) {
        if (step.id === 'step-review') {
          return;
        }
        var table = el('table', null, 'review-table');
        table.appendChild(el('caption', step.getAttribute('data-title')));
        var head = el('tr');
        var th1 = el('th', form.getAttribute('data-question'));
        th1.scope = 'col';
        var th2 = el('th', form.getAttribute('data-answer'));
        th2.scope = 'col';
        head.appendChild(th1);
        head.appendChild(th2);
        var thead = el('thead');
        thead.appendChild(head);
        table.appendChild(thead);
        var body = el('tbody');
        step.querySelectorAll('.question').forEach(function (q) {
          var text = answerText(q);
          if (text === '' && q.getAttribute('data-required') === 'true' && !q.hidden) {
            missing.push({ q: q, step: i + 1 });
          }
          var tr = el('tr');
          var th = el('th', q.getAttribute('data-label'));
          th.scope = 'row';
          tr.appendChild(th);
          tr.appendChild(el('td', text || form.getAttribute('data-empty'), text ? '' : 'muted'));
          body.appendChild(tr);
        });
        table.appendChild(body);
        tables.push(table);
      });
      if (missing.length > 0) {
        var section = el('div', null, 'notice warn review-missing');
        section.appendChild(el('h3', form.getAttribute('data-missing')));
        var ul = el('ul');
        missing.forEach(function (m) {
          var li = el('li', m.q.getAttribute('data-label') + ' — ');
          var a = el('a', form.getAttribute('data-goto'));
          a.href = '#q-' + m.q.getAttribute('data-code');
          a.addEventListener('click', function (e) {
            e.preventDefault();
            show(m.step, false);
            var field = m.q.querySelector('input:not([type=checkbox])');
            if (field) {
              field.focus();
            }
          });
          li.appendChild(a);
          ul.appendChild(li);
        });
        section.appendChild(ul);
        box.appendChild(section);
      } else {
        box.appendChild(el('p', form.getAttribute('data-complete'), 'notice ok'));
      }
      tables.forEach(function (t) {
        var wrap = el('div', null, 'table-wrap');
        wrap.appendChild(t);
        box.appendChild(wrap);
      });
    }

    refresh();
    // Open the first step with an error, else the one in the address (#step-3), else the first.
    var start = 1;
    var error = form.querySelector('.field-error:not(:empty), [aria-invalid=true]');
    var fromHash = /^#step-(\d+|review)$/.exec(window.location.hash);
    if (error) {
      var s = error.closest('section.step');
      start = s ? +s.getAttribute('data-step') : 1;
    } else if (fromHash) {
      start = fromHash[1] === 'review' ? steps.length : +fromHash[1];
    }
    show(start, false);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

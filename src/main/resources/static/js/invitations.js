// The invitations page: search and filter the collectivités, « Tout sélectionner », and copy a
// personal link. Without JavaScript every row shows and each box is ticked by hand.
(function () {
  'use strict';

  function setUpFilters() {
    var table = document.getElementById('invite-table');
    var filters = document.querySelector('.invite-filters');
    if (!table || !filters) {
      return;
    }
    var search = document.getElementById('invite-search');
    var status = document.getElementById('invite-status');
    var count = filters.querySelector('.filter-count');
    var all = document.getElementById('select-all');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    filters.hidden = false;
    document.querySelectorAll('.invitations .select-all').forEach(function (s) { s.hidden = false; });
    document.querySelectorAll('.invitations .no-js').forEach(function (s) { s.hidden = true; });

    function visible() {
      return rows.filter(function (r) { return !r.hidden; });
    }

    function boxes(list) {
      return list.map(function (r) { return r.querySelector('input[name="selected"]'); })
        .filter(function (b) { return b; });
    }

    function refreshAll() {
      if (!all) {
        return;
      }
      var shown = boxes(visible());
      var ticked = shown.filter(function (b) { return b.checked; }).length;
      all.checked = shown.length > 0 && ticked === shown.length;
      all.indeterminate = ticked > 0 && ticked < shown.length;
    }

    function apply() {
      var text = (search.value || '').trim().toLowerCase();
      var wanted = status.value;
      rows.forEach(function (r) {
        var matches = (!text || (r.getAttribute('data-name') || '').indexOf(text) >= 0)
          && (!wanted || r.getAttribute('data-status') === wanted);
        r.hidden = !matches;
      });
      if (count) {
        count.textContent = (count.getAttribute('data-template') || '{0} / {1}')
          .replace('{0}', String(visible().length)).replace('{1}', String(rows.length));
      }
      refreshAll();
    }

    search.addEventListener('input', apply);
    status.addEventListener('change', apply);
    if (all) {
      // Ticks or unticks the rows the filters show, not the hidden ones.
      all.addEventListener('change', function () {
        boxes(visible()).forEach(function (b) { b.checked = all.checked; });
        refreshAll();
      });
    }
    table.addEventListener('change', function (e) {
      if (e.target && e.target.name === 'selected') {
        refreshAll();
      }
    });
    apply();
  }

  function setUpCopy() {
    document.querySelectorAll('.copy-link').forEach(function (button) {
      button.addEventListener('click', function () {
        var input = document.getElementById(button.getAttribute('data-copy-target'));
        var box = button.closest('.fresh-link') || document;
        var said = box.querySelector('.copy-status');
        function tell(key) {
          if (said) {
            said.textContent = said.getAttribute(key) || '';
          }
        }
        if (!input) {
          return;
        }
        input.select();
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(input.value).then(function () { tell('data-copied'); }, function () {
            tell(document.execCommand && document.execCommand('copy') ? 'data-copied' : 'data-failed');
          });
        } else {
          tell(document.execCommand && document.execCommand('copy') ? 'data-copied' : 'data-failed');
        }
      });
    });
    var fresh = document.getElementById('fresh-link-url');
    if (fresh) {
      fresh.focus();
      fresh.select();
    }
  }

  function ready() {
    setUpFilters();
    setUpCopy();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
}());

// Behaviours the pages declare with data-action attributes, instead of inline handlers (onclick=…)
// that the Content-Security-Policy refuses.
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target.closest('[data-action]') : null;
  if (!target) { return; }
  var action = target.getAttribute('data-action');
  if (action === 'print') {
    event.preventDefault();
    window.print();
  } else if (action === 'back' && window.history.length > 1) {
    // Without history (a page opened from a link), the link's own target, the home page, serves.
    event.preventDefault();
    window.history.back();
  }
});

// A form sent back refused: the keyboard and the screen reader start on the first field in error
// (its message is tied to it by aria-describedby), unless the page already put the focus somewhere.
document.addEventListener('DOMContentLoaded', function () {
  var invalid = document.querySelector('main [aria-invalid="true"]');
  if (invalid && (document.activeElement === document.body || document.activeElement === null)) {
    invalid.focus();
  }
});

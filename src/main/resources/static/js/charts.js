// Draws the synthesis charts from the JSON the page carries in the data-charts attribute of
// #chart-data (no inline script: the Content-Security-Policy forbids them); the tables carry the
// same numbers.
document.addEventListener('DOMContentLoaded', function () {
  var source = document.getElementById('chart-data');
  if (!source || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(source.getAttribute('data-charts') || '{}');
  if (!data.shares) { return; }
  var palette = ['#0b4f8a', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#4b5563'];
  function draw(id, type, series) {
    var canvas = document.getElementById(id);
    if (!canvas || !series) { return; }
    new Chart(canvas, {
      type: type,
      data: { labels: series.labels, datasets: [{ data: series.values.map(Number), backgroundColor: palette }] },
      options: { plugins: { legend: { display: type !== 'bar' } }, animation: false }
    });
  }
  Object.keys(data.shares).forEach(function (code) { draw('chart-' + code, 'doughnut', data.shares[code]); });
  draw('chart-strata', 'bar', data.devicesByStratum);
  draw('chart-renewals', 'bar', data.renewals);
});

// On paper every collapsible part is open (print.css also opens them where the browser allows it);
// the parts opened for printing close again afterwards.
(function () {
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('main details:not([open])').forEach(function (d) {
      d.setAttribute('open', '');
      opened.push(d);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.removeAttribute('open'); });
    opened = [];
  });
})();

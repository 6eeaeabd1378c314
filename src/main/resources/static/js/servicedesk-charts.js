// Draws the service centre's dashboard charts from the JSON in #chart-data (no inline script: the
// Content-Security-Policy forbids them); the tables below each chart carry the same numbers.
document.addEventListener('DOMContentLoaded', function () {
  var source = document.getElementById('chart-data');
  if (!source || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(source.getAttribute('data-charts') || '{}');
  function bar(id, labels, datasets, max) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        plugins: { legend: { display: datasets.length > 1 } },
        scales: { y: { beginAtZero: true, max: max } }
      }
    });
  }
  if (data.months) {
    bar('chart-months', data.months.labels, [
      { label: 'Ouvertes', data: data.months.opened, backgroundColor: '#0b4f8a' },
      { label: 'Résolues', data: data.months.solved, backgroundColor: '#15803d' }
    ]);
  }
  if (data.compliance) {
    bar('chart-compliance', data.compliance.labels,
      [{ label: '% résolues à temps', data: data.compliance.values, backgroundColor: '#0e7490' }], 100);
  }
  if (data.communes) {
    bar('chart-communes', data.communes.labels,
      [{ label: 'Demandes', data: data.communes.values, backgroundColor: '#7e22ce' }]);
  }
  if (data.satisfaction) {
    bar('chart-satisfaction', data.satisfaction.labels,
      [{ label: 'Réponses', data: data.satisfaction.values, backgroundColor: '#c2410c' }]);
  }
});

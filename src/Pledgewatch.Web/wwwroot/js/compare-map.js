// Draws the comparison map: the parent's regions from their outline file, each filled with the
// colour of its verdict (the same colours as the verdict chips), regions without the target or
// without a report in two greys. ECharts is served by the app from /lib.
(function () {
  var el = document.querySelector('[data-compare-map]');
  if (!el || typeof echarts === 'undefined') { return; }
  var rows = JSON.parse(document.getElementById(el.getAttribute('data-compare-map')).textContent);
  var css = getComputedStyle(document.documentElement);
  var colours = {
    met: css.getPropertyValue('--met'), missed: css.getPropertyValue('--missed'),
    unclear: css.getPropertyValue('--unclear'), pending: css.getPropertyValue('--pending'),
    not_reported: css.getPropertyValue('--not-reported'), no_target_set: css.getPropertyValue('--no-target'),
    no_target_for_indicator: '#c9ced6', no_report: '#eef0f3'
  };
  var words = { no_target_for_indicator: el.getAttribute('data-no-target'), no_report: el.getAttribute('data-no-report') };
  fetch(el.getAttribute('data-outline')).then(function (r) { return r.json(); }).then(function (outline) {
    var byCode = {};
    rows.forEach(function (row) { if (row.code) { byCode[row.code] = row; } });
    // Shapes are matched to rows by code; ECharts matches data to shapes by name.
    outline.features.forEach(function (f) { f.properties.name = f.properties.code || ('~' + f.properties.name); });
    echarts.registerMap('compare', outline);
    var data = outline.features.map(function (f) {
      var row = byCode[f.properties.code];
      var verdict = row ? row.verdict : 'no_report';
      return {
        name: f.properties.name, region: row ? row.name : f.properties.name.replace(/^~/, ''),
        label: row && row.label ? row.label : words[verdict] || '',
        itemStyle: { areaColor: colours[verdict] }
      };
    });
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: function (p) { return p.data ? p.data.region + '：' + p.data.label : ''; } },
      series: [{
        type: 'map', map: 'compare', roam: true, data: data, selectedMode: false,
        label: { show: false }, itemStyle: { borderColor: '#fff', borderWidth: 0.6 },
        emphasis: { label: { show: true, formatter: function (p) { return p.data ? p.data.region : ''; } }, itemStyle: { areaColor: null, borderColor: '#222', borderWidth: 1.2 } }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();

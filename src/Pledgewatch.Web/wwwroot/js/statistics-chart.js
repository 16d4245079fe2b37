// The handling statistics as bars: per year, the on-time rate and the satisfaction rate, in %.
// ECharts is served by the app from /lib.
(function () {
  if (typeof echarts === 'undefined') { return; }
  document.querySelectorAll('[data-rates]').forEach(function (el) {
    var data = JSON.parse(el.getAttribute('data-rates'));
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: data.years },
      yAxis: { type: 'value', min: 0, max: 100, name: '%', nameGap: 12, nameTextStyle: { align: 'right' } },
      series: data.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data, barMaxWidth: 36 }; })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();

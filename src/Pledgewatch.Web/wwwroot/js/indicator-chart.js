// Draws each indicator chart from the JSON the page embeds beside it: one line per region and
// kind, targets dashed, outcomes solid, on every year from the first to the last (a year
// without a figure is a gap in the line), in the unit the page chose (亿元, 万人, %). ECharts is served by the app from /lib.
(function () {
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var source = document.getElementById(el.getAttribute('data-chart'));
    if (!source || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(source.textContent);
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 60, right: 20, top: 56, bottom: 30 },
      xAxis: { type: 'category', data: data.years },
      // The unit sits above the axis, clear of the legend and of the top tick's figure.
      yAxis: { type: 'value', name: data.unit, scale: true, nameGap: 14, nameTextStyle: { align: 'right', padding: [0, 6, 0, 0] } },
      series: data.series.map(function (s) {
        return {
          name: s.name, type: 'line', data: s.data, connectNulls: false, symbolSize: 8,
          lineStyle: { type: s.kind === 'target' ? 'dashed' : 'solid' }
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();

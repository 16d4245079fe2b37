// Draws each indicator chart from the JSON the page embeds beside it: one line per region and
// kind, targets dashed, outcomes solid, on every year from the first to the last (a year
// without a figure is a gap in the line), in the unit the page chose (亿元, 万人, %). The legend is
// a list below the chart, so that on a phone it wraps onto lines instead of paging; a click on an
// entry hides or shows its line. ECharts is served by the app from /lib.
(function () {
  // The colours are the chart's own, named here so that the list can show them.
  var palette = ['#1f5fa8', '#c0392b', '#2e8b57', '#b7791f', '#6b4fa0', '#138496', '#a0522d', '#5d6d7e', '#d35400', '#7d3c98'];
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var source = document.getElementById(el.getAttribute('data-chart'));
    if (!source || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(source.textContent);
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: palette,
      tooltip: { trigger: 'axis', confine: true },
      legend: { show: false },
      grid: { left: 60, right: 20, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: data.years },
      // The unit sits above the axis, clear of the top tick's figure.
      yAxis: { type: 'value', name: data.unit, scale: true, nameGap: 14, nameTextStyle: { align: 'right', padding: [0, 6, 0, 0] } },
      series: data.series.map(function (s) {
        return {
          name: s.name, type: 'line', data: s.data, connectNulls: false, symbolSize: 8,
          lineStyle: { type: s.kind === 'target' ? 'dashed' : 'solid' }
        };
      })
    });
    var list = document.createElement('ul');
    list.className = 'chart-legend';
    data.series.forEach(function (s, i) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('aria-pressed', 'true');
      var swatch = document.createElement('span');
      swatch.className = 'line-swatch' + (s.kind === 'target' ? ' dashed' : '');
      swatch.style.borderColor = palette[i % palette.length];
      button.appendChild(swatch);
      button.appendChild(document.createTextNode(s.name));
      button.addEventListener('click', function () {
        chart.dispatchAction({ type: 'legendToggleSelect', name: s.name });
        button.setAttribute('aria-pressed', button.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    el.insertAdjacentElement('afterend', list);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();

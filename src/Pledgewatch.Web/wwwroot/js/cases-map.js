// The public map of citizens' cases: the region's outlines, a circle per case with a place
// (rounded to about 100 m by the server; amber while open, green once closed), and a ring round
// each hotspot. Leaflet is served by the app from /lib; the map's set-up is base-map.js's.
(function () {
  var mapEl = document.getElementById('case-map');
  var list = document.getElementById('case-list');
  if (!mapEl || !list || typeof L === 'undefined') { return; }
  var made = PledgewatchMap.create(mapEl);
  var map = made.map;
  var points = L.featureGroup().addTo(map);
  list.querySelectorAll('li[data-lat]').forEach(function (item) {
    var closed = item.getAttribute('data-closed') === 'true';
    var marker = L.circleMarker([+item.getAttribute('data-lat'), +item.getAttribute('data-lng')],
      { radius: 7, color: '#fff', weight: 2, fillColor: closed ? '#1e7b34' : '#a56a00', fillOpacity: 0.95 });
    var link = item.querySelector('a');
    marker.bindTooltip(link.textContent + ' · ' + item.getAttribute('data-state'));
    marker.on('click', function () { window.location.href = link.getAttribute('href'); });
    marker.addTo(points);
  });
  // Rings apart from the points: a circle's bounds need a map with a view, the points' do not.
  var rings = L.featureGroup().addTo(map);
  document.querySelectorAll('#hotspots li[data-lat]').forEach(function (h) {
    L.circle([+h.getAttribute('data-lat'), +h.getAttribute('data-lng')], { radius: 200, color: '#b3261e', weight: 2, fill: false, dashArray: '4 4' }).addTo(rings);
  });
  var outline = null;
  function fit() {
    var bounds = points.getLayers().length ? points.getBounds() : (outline ? outline.getBounds() : null);
    if (bounds && bounds.isValid()) { map.fitBounds(bounds.pad(0.3), { maxZoom: 15 }); } else { map.setView([31.75, 119.9], 9); }
  }
  fit();
  PledgewatchMap.outlines(mapEl, made, null, function (layer) {
    outline = layer;
    if (outline && !points.getLayers().length) { fit(); }
  });
})();

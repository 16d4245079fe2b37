// The project map: district outlines from a GeoJSON file served by the app, a circle per project
// place coloured by category, and a list beside it. The filters hide list items and remove their
// points together; "near me" sorts the list by distance from the browser's position. Leaflet is
// served by the app from /lib; the map's set-up (tiles, outlines) is base-map.js's.
(function () {
  var mapEl = document.getElementById('project-map');
  var list = document.getElementById('project-list');
  var form = document.getElementById('project-filters');
  if (!mapEl || !list || !form) { return; }

  document.querySelectorAll('.swatch[data-colour]').forEach(function (s) { s.style.background = s.getAttribute('data-colour'); });
  var items = Array.prototype.slice.call(list.querySelectorAll('li[data-id]'));
  var useGcj = mapEl.getAttribute('data-tile-datum') === 'gcj02' && !!mapEl.getAttribute('data-tiles');

  if (typeof L === 'undefined') { return; }
  var made = PledgewatchMap.create(mapEl);
  var map = made.map;

  var layers = {};
  var all = L.featureGroup().addTo(map);
  items.forEach(function (item) {
    var places = JSON.parse(item.getAttribute('data-places') || '[]');
    var colour = item.getAttribute('data-colour');
    var name = item.querySelector('a').textContent;
    var group = L.featureGroup();
    places.forEach(function (p) {
      var at = useGcj ? [p.gcj02[1], p.gcj02[0]] : [p.lat, p.lng];
      if (p.area) {
        L.polygon(p.area.map(function (q) { return [q[1], q[0]]; }), { color: colour, weight: 2, fillOpacity: 0.2 }).addTo(group);
      }
      var marker = L.circleMarker(at, { radius: 8, color: '#fff', weight: 2, fillColor: colour, fillOpacity: 0.95 });
      marker.bindPopup('');
      marker.on('popupopen', function (e) {
        var box = document.createElement('div');
        var link = document.createElement('a');
        link.href = item.querySelector('a').getAttribute('href');
        link.textContent = name;
        box.appendChild(link);
        var where = document.createElement('div');
        where.textContent = p.name + (p.approximate ? ' (位置为示意)' : '');
        box.appendChild(where);
        e.popup.setContent(box);
      });
      marker.on('add', function () {
        var el = marker.getElement();
        if (el) { el.setAttribute('data-project', item.getAttribute('data-id')); el.classList.add('project-point'); }
      });
      marker.addTo(group);
    });
    layers[item.getAttribute('data-id')] = group;
  });

  var outline = null;
  var focus = mapEl.hasAttribute('data-focus');
  // A project's own map shows its district, outlined and named, with the project's places in it.
  var home = mapEl.getAttribute('data-district');
  var homeLayer = null;
  function fit() {
    var shown = L.featureGroup(items.filter(function (i) { return !i.hidden; }).map(function (i) { return layers[i.getAttribute('data-id')]; }));
    if (focus && homeLayer && shown.getLayers().length && shown.getBounds().isValid()) {
      map.fitBounds(homeLayer.getBounds().extend(shown.getBounds()), { padding: [12, 12] });
      return;
    }
    if (focus && shown.getLayers().length && shown.getBounds().isValid()) {
      map.fitBounds(shown.getBounds(), { padding: [30, 30], maxZoom: 13 });
      return;
    }
    var bounds = outline ? outline.getBounds() : null;
    if (shown.getLayers().length && shown.getBounds().isValid()) {
      bounds = bounds ? bounds.extend(shown.getBounds()) : shown.getBounds();
    }
    if (bounds && bounds.isValid()) { map.fitBounds(bounds, { padding: [10, 10] }); } else { map.setView([31.75, 119.9], 9); }
  }
  PledgewatchMap.outlines(mapEl, made, function (f, layer) {
    if (f.properties && f.properties.name) { layer.bindTooltip(f.properties.name, { permanent: true, direction: 'center', className: 'district-label' }); }
    if (focus && home && f.properties && f.properties.name === home) {
      homeLayer = layer;
      layer.setStyle({ color: '#3c7bd1', weight: 2, fillColor: '#dcebff' });
    }
  }, function (layer) {
    outline = layer;
    fit();
  });

  function matches(item, values) {
    return (!values.year || item.getAttribute('data-year') === values.year)
      && (!values.category || item.getAttribute('data-category') === values.category)
      && (!values.district || item.getAttribute('data-district') === values.district)
      && (!values.status || item.getAttribute('data-status') === values.status)
      && (!values.kind || item.getAttribute('data-kind') === values.kind);
  }

  function apply() {
    var values = {};
    var query = new URLSearchParams();
    Array.prototype.forEach.call(form.querySelectorAll('select'), function (s) {
      values[s.name] = s.value;
      if (s.value) { query.set(s.name, s.value); }
    });
    var count = 0;
    items.forEach(function (item) {
      var show = matches(item, values);
      item.hidden = !show;
      var layer = layers[item.getAttribute('data-id')];
      if (show) { all.addLayer(layer); count++; } else { all.removeLayer(layer); }
    });
    document.getElementById('project-count').textContent = count;
    history.replaceState(null, '', location.pathname + (query.toString() ? '?' + query.toString() : ''));
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  apply();

  // Near me: the browser's position (WGS-84), the list sorted by distance to each project's nearest place.
  var near = document.getElementById('near-me');
  var status = document.getElementById('near-me-status');
  if (near && navigator.geolocation) {
    near.hidden = false;
    near.addEventListener('click', function () {
      status.textContent = '…';
      navigator.geolocation.getCurrentPosition(function (pos) {
        var here = [pos.coords.latitude, pos.coords.longitude];
        items.forEach(function (item) {
          var places = JSON.parse(item.getAttribute('data-places') || '[]');
          var best = Infinity;
          places.forEach(function (p) { best = Math.min(best, distance(here, [p.lat, p.lng])); });
          item.setAttribute('data-distance', best);
          item.querySelector('.distance').textContent = isFinite(best) ? '· ' + (best < 1000 ? Math.round(best) + ' m' : (best / 1000).toFixed(1) + ' km') : '';
        });
        items.sort(function (a, b) { return parseFloat(a.getAttribute('data-distance')) - parseFloat(b.getAttribute('data-distance')); });
        items.forEach(function (item) { list.appendChild(item); });
        // The position is WGS-84: drawn only on a WGS-84 map (a GCJ-02 tile layer would put it off by some hundred metres).
        if (!useGcj) {
          L.circleMarker(here, { radius: 6, color: '#000', weight: 2, fillColor: '#fff', fillOpacity: 1 }).addTo(map)
            .bindTooltip(document.documentElement.lang === 'en' ? 'You are here' : '您的位置');
        }
        status.textContent = document.documentElement.lang === 'en' ? 'Sorted by distance from you.' : '已按与您的距离排序。';
      }, function (err) {
        status.textContent = (document.documentElement.lang === 'en' ? 'Your position is not available: ' : '无法取得您的位置：') + err.message;
      }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 60000 });
    });
  }

  // Haversine distance in metres between [lat, lng] pairs.
  function distance(a, b) {
    var r = 6371008.8, rad = Math.PI / 180;
    var dLat = (b[0] - a[0]) * rad, dLng = (b[1] - a[1]) * rad;
    var h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.pow(Math.sin(dLng / 2), 2);
    return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
  }
})();

// What every Leaflet map of the app shares: the map on its element, tiles only when the deployment
// configures a tile server (data-tiles, data-tile-attribution), and the outlines from the app's own
// GeoJSON file (data-boundaries) in a pane under the points. Loaded before a page's map script.
window.PledgewatchMap = {
  // The map on mapEl, with its tile layer when one is configured; { map, tiles } (tiles: the URL or null).
  create: function (mapEl) {
    var map = L.map(mapEl, { zoomSnap: 0.25, attributionControl: true });
    map.attributionControl.setPrefix(false);
    var tiles = mapEl.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { attribution: mapEl.getAttribute('data-tile-attribution') || '', maxZoom: 18 }).addTo(map);
    }
    // Outlines in their own pane under the points (the overlay pane is at 400).
    map.createPane('boundaries').style.zIndex = 350;
    return { map: map, tiles: tiles };
  },
  // Draws the outlines named by data-boundaries; done(layer) afterwards, with null when there are none or they failed.
  outlines: function (mapEl, made, onEachFeature, done) {
    var boundaries = mapEl.getAttribute('data-boundaries');
    if (!boundaries) { done(null); return; }
    fetch(boundaries).then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
      if (!geo) { done(null); return; }
      done(L.geoJSON(geo, {
        pane: 'boundaries',
        style: { color: '#6b7785', weight: 1, fillColor: '#eef1f4', fillOpacity: made.tiles ? 0.1 : 1 },
        onEachFeature: onEachFeature
      }).addTo(made.map));
    }).catch(function () { done(null); });
  }
};

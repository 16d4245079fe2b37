// "Use my location" on the case form: the browser's position (WGS-84) goes into the hidden fields;
// nothing is sent anywhere until the form is.
(function () {
  var button = document.getElementById('case-here');
  if (!button || !navigator.geolocation) { if (button) { button.hidden = true; } return; }
  button.addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (p) {
      document.getElementById('case-lng').value = p.coords.longitude.toFixed(6);
      document.getElementById('case-lat').value = p.coords.latitude.toFixed(6);
      document.getElementById('case-where').textContent = p.coords.latitude.toFixed(4) + ', ' + p.coords.longitude.toFixed(4);
    });
  });
})();

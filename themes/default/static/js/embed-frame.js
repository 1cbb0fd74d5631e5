/* Inside an embedded card (/embed/…/): once the host page greets it (see
   embed-host.js), reports the card's height to that origin only, again
   whenever it changes. The card works without it. */
(function () {
  if (window.parent === window) return;
  var host = null;
  function send() {
    if (!host) return;
    var h = document.body ? document.body.getBoundingClientRect().height : 0;
    parent.postMessage({ thidua: "height", origin: location.origin, height: Math.ceil(h) }, host);
  }
  addEventListener("message", function (e) {
    if (e.source !== parent || !e.data || e.data.thidua !== "hello") return;
    host = e.origin === "null" ? "*" : e.origin;
    send();
  });
  addEventListener("load", send);
  if (window.ResizeObserver) {
    addEventListener("DOMContentLoaded", function () { new ResizeObserver(send).observe(document.body); });
  }
})();

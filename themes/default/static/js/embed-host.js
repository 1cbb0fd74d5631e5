/* thidua embed host (for articles that embed /embed/… cards): sizes every
   iframe[data-thidua-embed] from the height its card reports. Messages are
   accepted only from that iframe's window and origin; the card answers only
   the origin that greeted it. No dependencies. */
(function () {
  var frames = [];
  function origin(f) {
    try { return new URL(f.src, location.href).origin; } catch (e) { return ""; }
  }
  function hello(f) {
    var o = origin(f);
    if (o && o !== "null" && f.contentWindow) f.contentWindow.postMessage({ thidua: "hello" }, o);
  }
  function scan() {
    var list = document.querySelectorAll("iframe[data-thidua-embed]");
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (frames.indexOf(f) < 0) {
        frames.push(f);
        f.addEventListener("load", function (e) { hello(e.target); });
      }
      hello(f);
    }
  }
  addEventListener("message", function (e) {
    var d = e.data;
    if (!d || d.thidua !== "height" || typeof d.height !== "number" || d.origin !== e.origin) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && origin(f) === e.origin) {
        f.style.height = Math.max(40, Math.min(Math.ceil(d.height), 5000)) + "px";
      }
    }
  });
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", scan);
  else scan();
})();

// thidua serve: reload the page after a successful rebuild; show the
// diagnostics of a failed one over the page until it is fixed.
(() => {
  const source = new EventSource('/__thidua/events');
  let generation = null;
  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  // The texts come with the event, in the language thidua serve speaks.
  function showOverlay(data) {
    let box = document.getElementById('thidua-overlay');
    if (!box) {
      box = document.createElement('div');
      box.id = 'thidua-overlay';
      box.setAttribute('role', 'alertdialog');
      box.setAttribute('aria-modal', 'true');
      box.setAttribute('aria-labelledby', 'thidua-overlay-title');
      if (data.lang) box.setAttribute('lang', data.lang);
      box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem';
      document.body.appendChild(box);
    }
    box.innerHTML = '<h2 id="thidua-overlay-title" style="margin-top:0;color:#ffb4a8">' + escape(data.title || '') + '</h2>'
      + '<p>' + escape(data.hint || '') + '</p>'
      + '<pre style="white-space:pre-wrap;font:15px/1.5 ui-monospace,monospace;background:#000;color:#fff;padding:1rem;border-radius:4px">'
      + escape(data.text || '') + '</pre>';
  }
  source.addEventListener('hello', (e) => {
    const data = JSON.parse(e.data);
    // Reconnected after a rebuild we missed: reload to catch up.
    if (generation !== null && data.generation !== generation && data.ok) location.reload();
    generation = data.generation;
    // Lets tests (and the curious) see that the page is listening.
    document.documentElement.dataset.thiduaLive = 'connected';
  });
  // Reload when this page (or a stylesheet, script or image) changed, or
  // when the overlay is up; other pages' rebuilds leave it alone.
  source.addEventListener('reload', (e) => {
    const d = JSON.parse(e.data);
    const path = decodeURIComponent(location.pathname).replace(/^\//, '');
    const here = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    const touched = [...(d.changed || []), ...(d.removed || [])];
    const assets = touched.some((p) => !p.endsWith('.html'));
    if (d.more || assets || touched.includes(here) || document.getElementById('thidua-overlay')) {
      location.reload();
    }
  });
  source.addEventListener('error', (e) => {
    if (e.data) showOverlay(JSON.parse(e.data));
  });
})();

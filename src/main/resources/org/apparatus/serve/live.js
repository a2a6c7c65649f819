/* Live preview client. `apparatus serve` adds it to the pages it serves; the built site never contains it. */
(function () {
  'use strict';
  var generation = document.currentScript && document.currentScript.getAttribute('data-generation');
  var events = new EventSource('/__apparatus/events' + (generation ? '?generation=' + encodeURIComponent(generation) : ''));
  var overlay = null;

  events.addEventListener('reload', function () {
    events.close();
    location.reload();
  });
  events.addEventListener('build-error', function (e) {
    show(e.data);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
  });

  // Inline styles with fixed light colours, so the site's stylesheet cannot make the message unreadable.
  function element(tag, css, text) {
    var el = document.createElement(tag);
    el.style.cssText = css;
    if (text) el.textContent = text;
    return el;
  }

  function show(diagnostics) {
    hide();
    overlay = element('div', 'position:fixed;top:1rem;left:1rem;right:1rem;max-height:calc(100vh - 2rem);overflow:auto;'
      + 'z-index:2147483647;box-sizing:border-box;padding:1rem 1.25rem;background:#ffffff;color:#1b1b1b;'
      + 'border:3px solid #b3261e;border-radius:6px;box-shadow:0 8px 32px rgba(0,0,0,.35);'
      + 'font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;text-align:left;');
    overlay.id = 'apparatus-build-error';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', 'apparatus-build-error-title');
    var title = element('h2', 'margin:0 0 .5rem;font:700 1.15rem/1.3 system-ui,-apple-system,"Segoe UI",sans-serif;color:#8c1d18;',
      'The build failed');
    title.id = 'apparatus-build-error-title';
    var note = element('p', 'margin:0 0 .75rem;color:#1b1b1b;',
      'This page shows the last good build. Fix the sources and save: the page reloads when the build succeeds.');
    var text = element('pre', 'margin:0 0 .75rem;padding:.75rem;background:#f3f3f3;color:#1b1b1b;border:1px solid #c4c4c4;'
      + 'white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;', diagnostics);
    var dismiss = element('button', 'font:inherit;padding:.3rem .9rem;background:#1b1b1b;color:#ffffff;'
      + 'border:2px solid #1b1b1b;border-radius:4px;cursor:pointer;', 'Dismiss (Esc)');
    dismiss.type = 'button';
    dismiss.addEventListener('click', hide);
    overlay.append(title, note, text, dismiss);
    document.body.insertBefore(overlay, document.body.firstChild);
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }
})();

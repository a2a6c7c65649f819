/* Progressive enhancement only: every page is complete and readable without this script. */
(function () {
  'use strict';

  function json(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  /* ---- Margin notes: align each note with its marker; push down only to avoid the note above. ---- */
  var WIDE = window.matchMedia('(min-width: 1100px)');
  var GAP = 10;
  function layoutNotes() {
    var body = document.querySelector('article.primary');
    if (!body) return;
    var notes = body.querySelectorAll('.sn');
    notes.forEach(function (n) { n.classList.remove('placed'); n.style.top = ''; });
    body.style.paddingBottom = '';
    if (!WIDE.matches) return;
    var bottom = -Infinity;
    notes.forEach(function (n) {
      var marker = n.previousElementSibling;
      var holder = n.parentElement.closest('.block, .byline') || n.parentElement;
      if (!marker || getComputedStyle(holder).position === 'static') return;
      n.classList.add('placed');
      var holderTop = holder.getBoundingClientRect().top + window.scrollY;
      var want = marker.getBoundingClientRect().top + window.scrollY - 2;
      var top = Math.max(want, bottom + GAP);
      n.style.top = (top - holderTop) + 'px';
      bottom = top + n.offsetHeight;
    });
    var end = body.getBoundingClientRect().bottom + window.scrollY;
    if (bottom > end) body.style.paddingBottom = Math.ceil(bottom - end + GAP) + 'px';
  }
  var pending = false;
  function scheduleLayout() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; layoutNotes(); });
  }
  layoutNotes();
  window.addEventListener('resize', scheduleLayout);
  window.addEventListener('load', scheduleLayout);
  document.querySelectorAll('details').forEach(function (d) { d.addEventListener('toggle', scheduleLayout); });

  /* ---- Hover and focus previews of cross-references and citations (texts embedded in the page). ---- */
  var previews = json('previews') || {};
  var tip = null;
  var tipOwner = null;
  function hidePreview() {
    if (tip) tip.remove();
    if (tipOwner) tipOwner.removeAttribute('aria-describedby');
    tip = null;
    tipOwner = null;
  }
  function showPreview(link) {
    var text = previews[link.getAttribute('data-preview')];
    if (!text || tipOwner === link) return;
    hidePreview();
    tip = document.createElement('span');
    tip.className = 'preview';
    tip.id = 'preview-tip';
    tip.setAttribute('role', 'tooltip');
    tip.textContent = text;
    document.body.appendChild(tip);
    var r = link.getBoundingClientRect();
    var left = Math.min(Math.max(8, r.left + window.scrollX), window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = (r.bottom + window.scrollY + 6) + 'px';
    link.setAttribute('aria-describedby', 'preview-tip');
    tipOwner = link;
  }
  document.querySelectorAll('a[data-preview]').forEach(function (a) {
    a.addEventListener('mouseenter', function () { showPreview(a); });
    a.addEventListener('focus', function () { showPreview(a); });
    a.addEventListener('mouseleave', function () { if (document.activeElement !== a) hidePreview(); });
    a.addEventListener('blur', hidePreview);
  });

  /* ---- Cite: a button on every paragraph, note and glossary entry; six formats; one click copies. ---- */
  var cite = json('cite-data');
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  var MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  /* Mirrors CiteFormat.accessDate on the build side. */
  function accessDate(format, d) {
    var y = d.getFullYear(), m = d.getMonth(), day = d.getDate();
    switch (format) {
      case 'chicago': case 'apa': return MONTHS[m] + ' ' + day + ', ' + y;
      case 'mla': return day + ' ' + MLA_MONTHS[m] + ' ' + y;
      case 'bibtex': return y + '-' + pad(m + 1) + '-' + pad(day);
      case 'ris': return y + '/' + pad(m + 1) + '/' + pad(day);
      default: return y + ',' + (m + 1) + ',' + day;
    }
  }
  /* Mirrors CitationTemplates.fill. */
  function escapeFor(format, value) {
    if (format === 'csl-json') return JSON.stringify(value).slice(1, -1).replace(/</g, '\\u003c');
    if (format === 'bibtex') return value.replace(/\{/g, '\\{').replace(/\}/g, '\\}');
    return value;
  }
  function fill(template, format, c, url, date) {
    return template.split('\u27E6loc\u27E7').join(escapeFor(format, c.locator))
      .split('\u27E6url\u27E7').join(escapeFor(format, url))
      .split('\u27E6key\u27E7').join(escapeFor(format, c.key))
      .split('\u27E6accessed\u27E7').join(accessDate(format, date));
  }
  function anchorUrl(fragment) {
    if (cite.base) return cite.base + cite.page.replace(/index\.html$/, '') + (fragment ? '#' + fragment : '');
    return window.location.href.split('#')[0] + (fragment ? '#' + fragment : '');
  }
  window.apparatusCite = function (kind, fragment, locator, format, date) {
    var c = { locator: locator, key: cite.work + '-' + fragment };
    return fill(cite.templates[kind][format], format, c, anchorUrl(fragment), date || new Date());
  };

  var panel = null;
  var opener = null;
  function closePanel() {
    if (!panel) return;
    panel.hidden = true;
    if (opener) opener.focus();
    opener = null;
  }
  function el(parent, tag, className, text) {
    var e = parent.appendChild(document.createElement(tag));
    if (className) e.className = className;
    if (text) e.textContent = text;
    if (tag === 'button') e.type = 'button';
    return e;
  }
  function buildPanel() {
    panel = el(document.body, 'div', 'cite-panel');
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-labelledby', 'cite-panel-title');
    panel.hidden = true;
    var head = el(panel, 'div', 'cite-panel-head');
    el(head, 'h2').id = 'cite-panel-title';
    el(head, 'button', 'cite-close', 'Close').addEventListener('click', closePanel);
    var tabs = el(panel, 'div', 'cite-formats');
    tabs.setAttribute('role', 'group');
    tabs.setAttribute('aria-label', 'Citation format');
    var out = el(panel, 'pre', 'cite-out');
    out.tabIndex = 0;
    out.setAttribute('aria-live', 'polite');
    var actions = el(panel, 'div', 'cite-actions');
    var copy = el(actions, 'button', 'cite-copy', 'Copy');
    var status = el(actions, 'span', 'cite-status');
    status.setAttribute('role', 'status');
    cite.formats.forEach(function (f) {
      var b = el(tabs, 'button', '', f.label);
      b.setAttribute('data-format', f.key);
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', function () { showFormat(f.key); });
    });
    copy.addEventListener('click', function () {
      var text = out.textContent;
      var done = function () { status.textContent = 'Copied.'; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { selectOut(); status.textContent = 'Selected: press Ctrl+C to copy.'; });
      } else {
        selectOut();
        status.textContent = document.execCommand && document.execCommand('copy') ? 'Copied.' : 'Selected: press Ctrl+C to copy.';
      }
    });
    function selectOut() {
      var range = document.createRange();
      range.selectNodeContents(out);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
  }
  var current = null;
  function showFormat(format) {
    panel.querySelectorAll('.cite-formats button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-format') === format));
    });
    panel.querySelector('.cite-out').textContent = window.apparatusCite(current.kind, current.fragment, current.locator, format);
    panel.querySelector('.cite-out').setAttribute('data-format', format);
    panel.querySelector('.cite-status').textContent = '';
  }
  function openPanel(button, kind, fragment, locator, label) {
    if (!panel) buildPanel();
    current = { kind: kind, fragment: fragment, locator: locator };
    opener = button;
    panel.querySelector('#cite-panel-title').textContent = 'Cite ' + label;
    panel.hidden = false;
    showFormat('chicago');
    panel.querySelector('.cite-formats button').focus();
  }
  function addCiteButton(into, kind, fragment, locator, label) {
    var b = el(into, 'button', 'cite-btn', 'Cite');
    b.setAttribute('aria-label', 'Cite ' + label);
    b.addEventListener('click', function (e) {
      e.preventDefault();
      e.stopPropagation();
      openPanel(b, kind, fragment, locator, label);
    });
  }
  if (cite) {
    document.querySelectorAll('article.primary p.block[id], article.primary li.block[id]').forEach(function (block) {
      var loc = block.querySelector(':scope > .loc');
      var locator = loc ? loc.textContent.trim() : block.id;
      var holder = document.createElement('span');
      holder.className = 'cite-slot';
      addCiteButton(holder, 'block', block.id, locator, locator);
      if (loc) loc.after(holder); else block.prepend(holder);
    });
    document.querySelectorAll('article.primary .sn[id^="n-"]').forEach(function (note) {
      var number = note.querySelector('.nn');
      var locator = 'note ' + (number ? number.textContent.trim() : '');
      var head = note.querySelector('.nh') || note;
      head.appendChild(document.createTextNode(' '));
      addCiteButton(head, 'note', note.id, locator, locator);
    });
    document.querySelectorAll('.term-entry[id^="term-"]').forEach(function (entry) {
      var dt = entry.querySelector('dt');
      var name = dt ? dt.firstChild.textContent.trim() : entry.id;
      var locator = 's.v. \u201C' + name + '\u201D';
      addCiteButton(dt || entry, 'term', entry.id, locator, name);
    });
    /* The page-level citations: today's date and this copy's own URL. */
    var kind = Object.keys(cite.templates)[0];
    document.querySelectorAll('#cite dd[data-cite-format]').forEach(function (dd) {
      var format = dd.getAttribute('data-cite-format');
      var template = cite.templates[kind][format];
      var reference = template.slice(template.indexOf('\n') + 1);
      dd.textContent = fill(reference, format, { locator: '', key: '' }, anchorUrl(''), new Date());
    });
    scheduleLayout();
  }

  /* ---- Print: the margin notes become numbered endnotes after the text. ---- */
  var endnotes = null;
  window.addEventListener('beforeprint', function () {
    var article = document.querySelector('article.primary');
    if (!article || endnotes) return;
    endnotes = document.createElement('section');
    endnotes.className = 'print-endnotes';
    var h = endnotes.appendChild(document.createElement('h2'));
    h.textContent = 'Notes';
    var list = endnotes.appendChild(document.createElement('ol'));
    list.style.listStyle = 'none';
    list.style.paddingLeft = '0';
    article.querySelectorAll('.sn').forEach(function (n) {
      var li = list.appendChild(document.createElement('li'));
      var copy = n.cloneNode(true);
      copy.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
      copy.querySelectorAll('.cite-btn').forEach(function (e) { e.remove(); });
      copy.removeAttribute('id');
      copy.className = 'endnote';
      copy.style.top = '';
      li.appendChild(copy);
    });
    var cite = article.querySelector('#cite');
    article.insertBefore(endnotes, cite);
    document.documentElement.classList.add('printing');
  });
  window.addEventListener('afterprint', function () {
    if (endnotes) endnotes.remove();
    endnotes = null;
    document.documentElement.classList.remove('printing');
  });

  /* ---- Keyboard: Escape closes whatever is open; locator links update the address bar. ---- */
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    hidePreview();
    if (panel && !panel.hidden) closePanel();
    document.querySelectorAll('.tip.open').forEach(function (t) { t.classList.remove('open'); });
    var a = document.activeElement;
    if (a && a.classList && a.classList.contains('term')) a.classList.add('tip-closed');
  });
  document.querySelectorAll('a.term').forEach(function (t) {
    t.addEventListener('blur', function () { t.classList.remove('tip-closed'); });
    t.addEventListener('mouseleave', function () { t.classList.remove('tip-closed'); });
  });
  document.querySelectorAll('a.loc').forEach(function (a) {
    a.addEventListener('click', function () {
      if (history.replaceState) history.replaceState(null, '', a.getAttribute('href'));
    });
  });
})();

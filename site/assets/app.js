/* Progressive enhancement only: every page is complete and readable without this script. */
(function () {
  'use strict';

  function json(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  /* ---- Margin notes (wide screens): each note beside its marker, overlaps resolved locally. ----
     Notes are placed in one pass: read every position, compute, then write. A closed note is a short entry;
     an open one weighs more, so it stays at its marker and its neighbours move out of its way. */
  var WIDE = window.matchMedia('(min-width: 1100px)');
  var GAP = 6;
  var OPEN_WEIGHT = 60;
  var article = document.querySelector('article.primary');
  var notes = article ? Array.prototype.slice.call(article.querySelectorAll('.sn[id]')) : [];
  var printing = false;
  function toggleOf(note) {
    var t = note.previousElementSibling && note.previousElementSibling.previousElementSibling;
    return t && t.classList.contains('nt') ? t : null;
  }
  function isOpen(note) {
    var t = toggleOf(note);
    return (t && t.checked) || note === targetNote();
  }
  function targetNote() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    return el && el.classList.contains('sn') ? el : null;
  }
  function placeNotes() {
    if (!article || !notes.length) return;
    var wide = WIDE.matches && !printing;
    document.documentElement.classList.toggle('js-margin', wide);
    if (!wide) {
      for (var w = 0; w < notes.length; w++) notes[w].style.top = '';
      article.style.removeProperty('--margin-overflow');
      return;
    }
    /* Read. */
    var scrollY = window.scrollY;
    var items = notes.map(function (n, i) {
      var marker = n.previousElementSibling;
      var holder = n.offsetParent || article;
      return {
        note: n, index: i,
        want: marker.getBoundingClientRect().top + scrollY - 3,
        origin: holder.getBoundingClientRect().top + scrollY,
        height: n.offsetHeight,
        weight: isOpen(n) ? OPEN_WEIGHT : 1
      };
    });
    var articleTop = article.getBoundingClientRect().top + scrollY;
    var articleBottom = articleTop + article.offsetHeight
      - (parseFloat(getComputedStyle(article).paddingBottom) || 0);
    /* Compute: clusters of touching notes sit where the weighted sum of squared offsets is least. */
    items.sort(function (a, b) { return a.want - b.want || a.index - b.index; });
    var clusters = [];
    items.forEach(function (it) {
      var c = { items: [it], height: it.height + GAP, weight: it.weight, sum: it.weight * it.want };
      c.top = Math.max(articleTop, c.sum / c.weight);
      while (clusters.length) {
        var prev = clusters[clusters.length - 1];
        if (prev.top + prev.height <= c.top) break;
        clusters.pop();
        prev.sum += c.sum - c.weight * prev.height;
        prev.weight += c.weight;
        prev.items = prev.items.concat(c.items);
        prev.height += c.height;
        prev.top = Math.max(articleTop, prev.sum / prev.weight);
        c = prev;
      }
      clusters.push(c);
    });
    /* Write. */
    var bottom = articleTop;
    clusters.forEach(function (c) {
      var y = c.top;
      c.items.forEach(function (it) {
        it.note.style.top = Math.round(y - it.origin) + 'px';
        y += it.height + GAP;
      });
      bottom = Math.max(bottom, y);
    });
    var overflow = Math.max(0, Math.ceil(bottom - articleBottom));
    article.style.setProperty('--margin-overflow', overflow + 'px');
  }
  var pending = false;
  function scheduleNotes() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; placeNotes(); });
  }
  function byNote(id) { return article.querySelectorAll('[data-note="' + id + '"]'); }
  function highlight(note, on) {
    if (!note) return;
    note.classList.toggle('hl', on);
    note.previousElementSibling.classList.toggle('hl', on);
    byNote(note.id).forEach(function (q) { q.classList.toggle('hl', on); });
  }
  function noteFor(el) {
    if (!el || !el.closest || !article.contains(el)) return null;
    var sn = el.closest('.sn');
    if (sn) return sn;
    var mk = el.closest('.mk, .nt');
    if (mk) return mk.classList.contains('nt') ? mk.nextElementSibling.nextElementSibling : mk.nextElementSibling;
    var q = el.closest('.q[data-note]');
    return q ? document.getElementById(q.getAttribute('data-note')) : null;
  }
  if (article && notes.length) {
    notes.forEach(function (n) {
      var v = Array.prototype.filter.call(n.classList, function (c) { return c.indexOf('v-') === 0; })[0];
      if (v) byNote(n.id).forEach(function (q) { q.setAttribute('data-v', v.slice(2)); });
    });
    var lit = null;
    function light(el) {
      var n = noteFor(el);
      if (n === lit) return;
      highlight(lit, false);
      lit = n;
      highlight(lit, true);
    }
    article.addEventListener('mouseover', function (e) { light(e.target); });
    article.addEventListener('mouseleave', function () { light(null); });
    article.addEventListener('focusin', function (e) { light(e.target); });
    article.addEventListener('focusout', function (e) { if (!article.contains(e.relatedTarget)) light(null); });
    /* A closed entry in the margin opens on a click anywhere in it; Enter opens a focused toggle like Space. */
    article.addEventListener('click', function (e) {
      var sn = e.target.closest && e.target.closest('.sn');
      if (!sn || !WIDE.matches || isOpen(sn) || e.target.closest('a, button, label, input')) return;
      var t = toggleOf(sn);
      if (t) t.click();
    });
    article.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.target.classList && e.target.classList.contains('nt')) {
        e.preventDefault();
        e.target.click();
      }
    });
    article.addEventListener('change', function (e) {
      if (e.target.classList && e.target.classList.contains('nt')) placeNotes();
    });
    /* A keyboard user who tabs into a closed note sees it whole until focus leaves it. */
    article.addEventListener('focusin', function (e) {
      var sn = e.target.closest && e.target.closest('.sn');
      var t = sn && toggleOf(sn);
      if (t && !t.checked && WIDE.matches && e.target.matches(':focus-visible')) { t.checked = true; sn.setAttribute('data-auto-open', ''); placeNotes(); }
    });
    article.addEventListener('focusout', function (e) {
      var sn = e.target.closest && e.target.closest('.sn');
      if (!sn || !sn.hasAttribute('data-auto-open') || sn.contains(e.relatedTarget)) return;
      sn.removeAttribute('data-auto-open');
      var t = toggleOf(sn);
      if (t) { t.checked = false; placeNotes(); }
    });
    /* Back from a note to its words. */
    notes.forEach(function (n) {
      var block = n.closest('.block');
      var loc = block && block.querySelector(':scope > .loc');
      if (!block) return;
      var acts = n.appendChild(document.createElement('span'));
      acts.className = 'note-acts';
      var back = acts.appendChild(document.createElement('a'));
      back.className = 'back';
      back.href = '#' + block.id;
      back.textContent = '\u2191 Back to ' + (loc ? loc.textContent.trim() : 'the passage');
      back.addEventListener('click', function (e) {
        e.preventDefault();
        var words = byNote(n.id);
        var first = words[0] || n.previousElementSibling;
        if (history.replaceState) history.replaceState(null, '', '#' + block.id);
        first.scrollIntoView({ block: 'center' });
        highlight(n, true);
        var t = toggleOf(n);
        if (t) t.focus({ preventScroll: true });
      });
    });
    /* The observer's callbacks run after layout, so placing the notes there reads positions without forcing one;
       the first callback comes after the first layout. */
    if (window.ResizeObserver) {
      new ResizeObserver(function () { placeNotes(); }).observe(article.querySelector('.body') || article);
    } else {
      placeNotes();
      window.addEventListener('resize', scheduleNotes);
    }
    WIDE.addEventListener('change', scheduleNotes);
    var showTarget = function () {
      var n = targetNote();
      if (!n) return;
      placeNotes();
      n.scrollIntoView({ block: 'center' });
    };
    window.addEventListener('hashchange', function () { placeNotes(); showTarget(); });
    if (targetNote()) window.requestAnimationFrame(showTarget);
  }

  /* ---- Hover and focus previews of cross-references and citations. The pointer may move onto a preview. ---- */
  /* The texts come from the site's shared previews script, which loads after this one. */
  function previewText(key) { return (window.apparatusPreviews || {})[key]; }
  var tip = null;
  var tipOwner = null;
  var hideTimer = 0;
  function hidePreview() {
    window.clearTimeout(hideTimer);
    if (tip) tip.remove();
    if (tipOwner) tipOwner.removeAttribute('aria-describedby');
    tip = null;
    tipOwner = null;
  }
  function hideSoon() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hidePreview, 250);
  }
  function showPreview(link) {
    var text = previewText(link.getAttribute('data-preview'));
    window.clearTimeout(hideTimer);
    if (!text || tipOwner === link) return;
    hidePreview();
    tip = document.createElement('span');
    tip.className = 'preview';
    tip.id = 'preview-tip';
    tip.setAttribute('role', 'tooltip');
    tip.textContent = text;
    tip.addEventListener('mouseenter', function () { window.clearTimeout(hideTimer); });
    tip.addEventListener('mouseleave', hideSoon);
    var r = link.getBoundingClientRect();
    var sx = window.scrollX, sy = window.scrollY, vw = document.documentElement.clientWidth;
    document.body.appendChild(tip);
    var width = tip.offsetWidth;
    tip.style.left = Math.max(sx + 8, Math.min(r.left + sx, sx + vw - width - 8)) + 'px';
    tip.style.top = (r.bottom + sy + 2) + 'px';
    link.setAttribute('aria-describedby', 'preview-tip');
    tipOwner = link;
  }
  function previewLink(e) { return e.target.closest ? e.target.closest('a[data-preview]') : null; }
  document.addEventListener('mouseover', function (e) { var a = previewLink(e); if (a) showPreview(a); });
  document.addEventListener('mouseout', function (e) {
    var a = previewLink(e);
    if (a && !a.contains(e.relatedTarget) && document.activeElement !== a) hideSoon();
  });
  document.addEventListener('focusin', function (e) { var a = previewLink(e); if (a) showPreview(a); });
  document.addEventListener('focusout', function (e) { if (previewLink(e)) hidePreview(); });

  /* ---- Glossary tooltips: under their term; Escape closes them; on touch the first tap shows the definition. ---- */
  /* The definitions come from the shared previews script; a term's tooltip is made when it is first shown. */
  var hoveredTerm = null;
  var touched = false;
  var tipCount = 0;
  document.documentElement.classList.add('js-tips');
  function tipOf(term) {
    var t = term.nextElementSibling;
    if (t && t.classList.contains('tip')) return t;
    var definition = previewText('term:' + term.getAttribute('data-term'));
    if (!definition) return null;
    t = document.createElement('span');
    t.className = 'tip';
    t.setAttribute('role', 'tooltip');
    t.id = 'tip-' + (++tipCount);
    t.textContent = term.textContent + ': ' + definition;
    term.after(t);
    term.setAttribute('aria-describedby', t.id);
    return t;
  }
  function placeTip(term) {
    var t = tipOf(term);
    if (!t) return;
    var holder = t.offsetParent || document.body;
    var rects = term.getClientRects();
    var r = rects[rects.length - 1] || term.getBoundingClientRect();
    var h = holder.getBoundingClientRect();
    var vw = document.documentElement.clientWidth;
    var width = Math.min(t.offsetWidth || 384, vw - 16);
    var left = Math.max(8 - h.left, Math.min(r.left - h.left, vw - 8 - width - h.left));
    t.style.left = Math.round(left) + 'px';
    t.style.top = Math.round(r.bottom - h.top + 2) + 'px';
  }
  function closeTips() {
    document.querySelectorAll('.tip.open').forEach(function (t) { t.classList.remove('open'); });
  }
  function termOf(e) { return e.target.closest ? e.target.closest('a.term') : null; }
  document.addEventListener('mouseover', function (e) {
    var term = termOf(e);
    if (term && term !== hoveredTerm) { hoveredTerm = term; placeTip(term); }
  });
  document.addEventListener('mouseout', function (e) {
    var term = termOf(e);
    if (!term || term.contains(e.relatedTarget)) return;
    if (hoveredTerm === term) hoveredTerm = null;
    term.classList.remove('tip-closed');
  });
  document.addEventListener('focusin', function (e) { var term = termOf(e); if (term) placeTip(term); });
  document.addEventListener('focusout', function (e) { var term = termOf(e); if (term) term.classList.remove('tip-closed'); });
  document.addEventListener('pointerdown', function (e) {
    var term = termOf(e);
    if (term) touched = e.pointerType === 'touch' || e.pointerType === 'pen';
  }, true);
  document.addEventListener('click', function (e) {
    var term = termOf(e);
    var t = term && tipOf(term);
    if (!touched || !t || t.classList.contains('open')) return;
    e.preventDefault();
    closeTips();
    t.classList.add('open');
    placeTip(term);
  });
  document.addEventListener('pointerdown', function (e) {
    if (!e.target.closest || !e.target.closest('a.term, .tip')) closeTips();
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
    /* A Cite button in the gutter shows only while its passage is hovered or has focus: show it to focus it. */
    var slot = opener && opener.closest('.cite-slot');
    if (slot) slot.classList.add('shown');
    if (opener) opener.focus();
    if (slot) slot.classList.remove('shown');
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
    panel.setAttribute('aria-modal', 'true');
    /* The panel covers part of the page: Tab stays inside it until it is closed. */
    panel.addEventListener('keydown', function (e) {
      if (e.key !== 'Tab') return;
      var items = Array.prototype.filter.call(panel.querySelectorAll('button, [tabindex="0"]'), function (b) { return b.offsetParent; });
      var first = items[0], last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    });
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
    /* A long text has hundreds of paragraphs: their buttons are added in slices, so no task blocks the page long. */
    var blocks = document.querySelectorAll('article.primary p.block[id], article.primary li.block[id], article.primary .line.block[id]');
    (function slice(from) {
      var to = Math.min(blocks.length, from + 120);
      for (var i = from; i < to; i++) {
        var block = blocks[i];
        var loc = block.querySelector(':scope > .loc');
        var locator = loc ? loc.textContent.trim() : block.id;
        var holder = document.createElement('span');
        holder.className = 'cite-slot';
        addCiteButton(holder, 'block', block.id, locator, locator);
        /* a line of verse keeps its number in the gutter and its button at its end */
        if (block.classList.contains('line')) block.append(holder);
        else if (loc) loc.after(holder); else block.prepend(holder);
      }
      if (to < blocks.length) window.setTimeout(function () { slice(to); }, 0);
    })(0);
    document.querySelectorAll('article.primary .sn[id^="n-"]').forEach(function (note) {
      var number = note.querySelector('.nn');
      var locator = 'note ' + (number ? number.textContent.trim() : '');
      var acts = note.querySelector('.note-acts');
      var head = acts || note.querySelector('.nh') || note;
      if (!acts) head.appendChild(document.createTextNode(' '));
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
  }

  /* ---- Print: the notes become endnotes in number order, each quoting its words with their locator. ---- */
  var endnotes = null;
  function words(note) {
    var text = '';
    byNote(note.id).forEach(function (q) {
      var copy = q.cloneNode(true);
      copy.querySelectorAll('.nt, .mk, .lem-ref, .sn, .tip').forEach(function (e) { e.remove(); });
      text += copy.textContent;
    });
    return text.replace(/[\s\u200B]+/g, ' ').trim();
  }
  function para(into, className, text) {
    var p = into.appendChild(document.createElement('p'));
    p.className = className;
    if (text) p.textContent = text;
    return p;
  }
  function buildEndnotes() {
    if (!article || endnotes || !notes.length) return;
    endnotes = document.createElement('section');
    endnotes.className = 'print-endnotes';
    endnotes.setAttribute('aria-label', 'Notes');
    endnotes.appendChild(document.createElement('h2')).textContent = 'Notes';
    var list = endnotes.appendChild(document.createElement('ol'));
    var numbered = notes.map(function (n) {
      var nn = n.querySelector('.nn');
      return { note: n, number: nn ? parseInt(nn.textContent, 10) : 0 };
    });
    numbered.sort(function (a, b) { return a.number - b.number; });
    numbered.forEach(function (e) {
      var n = e.note;
      var li = list.appendChild(document.createElement('li'));
      var kind = n.querySelector('.nk');
      var badge = n.querySelector('.badge');
      var nn = n.querySelector('.nn');
      para(li, 'en-head', (nn ? nn.textContent + '. ' : '* ') + (kind ? kind.textContent : 'Note')
        + (badge ? '. Verdict: ' + badge.textContent : '') + '.');
      var block = n.closest('.block');
      var loc = block && block.querySelector(':scope > .loc');
      var quoted = words(n);
      if (quoted || loc) {
        para(li, 'en-lemma', (loc ? loc.textContent.trim() + (quoted ? ': ' : '') : '') + (quoted ? '\u201C' + quoted + '\u201D' : ''));
      }
      Array.prototype.forEach.call(n.children, function (part) {
        if (part.classList.contains('nh') || part.classList.contains('note-acts')) return;
        var copy = part.cloneNode(true);
        copy.querySelectorAll('[id]').forEach(function (x) { x.removeAttribute('id'); });
        copy.querySelectorAll('.cite-btn').forEach(function (x) { x.remove(); });
        var p = li.appendChild(document.createElement('div'));
        p.className = 'en-' + (part.className || 'part').split(' ')[0];
        while (copy.firstChild) p.appendChild(copy.firstChild);
      });
    });
    article.insertBefore(endnotes, article.querySelector('#cite'));
  }
  function startPrint() {
    printing = true;
    buildEndnotes();
    document.documentElement.classList.add('printing');
    placeNotes();
  }
  function endPrint() {
    printing = false;
    if (endnotes) endnotes.remove();
    endnotes = null;
    document.documentElement.classList.remove('printing');
    placeNotes();
  }
  window.addEventListener('beforeprint', startPrint);
  window.addEventListener('afterprint', endPrint);
  var printMedia = window.matchMedia('print');
  if (printMedia.addEventListener) {
    printMedia.addEventListener('change', function (e) { if (e.matches) startPrint(); else if (printing) endPrint(); });
  }

  /* ---- Keyboard: Escape closes whatever is open; locator links update the address bar. ---- */
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    hidePreview();
    if (panel && !panel.hidden) closePanel();
    closeTips();
    var a = document.activeElement;
    if (a && a.classList && a.classList.contains('term')) a.classList.add('tip-closed');
    if (hoveredTerm) hoveredTerm.classList.add('tip-closed');
  });
  document.querySelectorAll('a.loc').forEach(function (a) {
    a.addEventListener('click', function () {
      if (history.replaceState) history.replaceState(null, '', a.getAttribute('href'));
    });
  });
})();

/*
 * Full-text search for search/index.html. Loaded as classic scripts after MiniSearch
 * (assets/vendor/minisearch.js) and the build's data (assets/search-data.js), so it works from
 * disk: no fetch, no modules. Results are built as DOM nodes; no markup is injected.
 */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var data = window.APPARATUS_SEARCH;
  if (!form || !data || typeof window.MiniSearch !== 'function') return;

  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var root = form.getAttribute('data-root') || '';
  var GROUP_LIMIT = 10;
  var SNIPPET_WORDS = 30;
  var KINDS = {
    text: { label: 'Text', group: 'In the texts', one: 'passage in the texts', many: 'passages in the texts' },
    note: { label: 'Note', group: 'Notes', one: 'note', many: 'notes' },
    variant: { label: 'Variant', group: 'Apparatus criticus', one: 'apparatus entry', many: 'apparatus entries' },
    term: { label: 'Glossary', group: 'Glossary', one: 'glossary entry', many: 'glossary entries' },
    reference: { label: 'Reference', group: 'References', one: 'reference', many: 'references' },
    page: { label: 'Page', group: 'Editorial pages', one: 'section of an editorial page', many: 'sections of editorial pages' }
  };
  // Words too common to narrow a search; with prefix matching they would also highlight "their", "these" ...
  var STOP = Object.create(null);
  ('a an and are as at be by for from has have in is it its of on or that the this to was were with')
    .split(' ').forEach(function (w) { STOP[w] = true; });
  var WORD = /[^\s\p{Z}\p{P}]+/gu;

  /** Lower case without diacritics ("Qarabağ" is found as "qarabag"); null drops the word. */
  function normalise(word) {
    var w = (/[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}+/gu, '') : word).toLowerCase();
    if (STOP[w] || (w.length < 2 && !/\d/.test(w))) return null;
    return w;
  }

  function tokenize(text) {
    return text.match(WORD) || [];
  }

  /** Calls {@code fn(word, offset)} for every word of {@code text}, as the index splits it. */
  function eachWord(text, fn) {
    var re = new RegExp(WORD.source, 'gu');
    var m;
    while ((m = re.exec(text)) !== null) fn(m[0], m.index);
  }

  var docs = data.documents.map(function (row, id) {
    var doc = { id: id };
    data.fields.forEach(function (field, i) { doc[field] = row[i]; });
    return doc;
  });
  var index = new window.MiniSearch({
    fields: ['title', 'detail', 'text'],
    tokenize: tokenize,
    processTerm: normalise,
    searchOptions: {
      boost: { title: 3, detail: 1.5 },
      prefix: true,
      fuzzy: function (term) { return term.length >= 5 ? 0.2 : false; }
    }
  });
  // Indexed in chunks so that the page stays responsive; a search typed meanwhile runs once it is ready.
  var ready = false;
  index.addAllAsync(docs, { chunkSize: 100 }).then(function () {
    ready = true;
    form.setAttribute('data-ready', '');
    run(input.value);
  });

  document.getElementById('search-nojs').hidden = true;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function isHit(word, matched) {
    var term = normalise(word);
    return term !== null && matched[term] === true;
  }

  /** Appends {@code text} to {@code into}, wrapping the words that matched in <mark>. */
  function appendMarked(into, text, matched) {
    var last = 0;
    eachWord(text, function (word, offset) {
      if (!isHit(word, matched)) return;
      if (offset > last) into.appendChild(document.createTextNode(text.slice(last, offset)));
      into.appendChild(el('mark', '', word));
      last = offset + word.length;
    });
    if (last < text.length) into.appendChild(document.createTextNode(text.slice(last)));
  }

  /** The stretch of {@code text} of about SNIPPET_WORDS words that holds the most matched words. */
  function snippet(text, matched) {
    var words = [];
    eachWord(text, function (word, offset) {
      words.push({ start: offset, end: offset + word.length, hit: isHit(word, matched) });
    });
    if (words.length <= SNIPPET_WORDS) return text;
    var best = 0;
    var bestHits = -1;
    for (var i = 0; i < words.length; i++) {
      if (!words[i].hit) continue;
      var start = Math.max(0, Math.min(i - 6, words.length - SNIPPET_WORDS));
      var hits = 0;
      for (var j = start; j < start + SNIPPET_WORDS; j++) if (words[j].hit) hits++;
      if (hits > bestHits) { best = start; bestHits = hits; }
    }
    var end = Math.min(words.length, best + SNIPPET_WORDS);
    return (best > 0 ? '… ' : '') + text.slice(words[best].start, words[end - 1].end) + (end < words.length ? ' …' : '');
  }

  function resultItem(result) {
    var doc = docs[result.id];
    var matched = Object.create(null);
    result.terms.forEach(function (t) { matched[t] = true; });
    var item = el('li', 'search-result');
    var link = el('a', 'search-hit');
    link.href = root + doc.url;
    link.appendChild(el('span', 'search-kind k-' + doc.kind, KINDS[doc.kind].label));
    var title = el('span', 'search-title');
    appendMarked(title, doc.title, matched);
    link.appendChild(title);
    item.appendChild(link);
    if (doc.detail) {
      var detail = el('span', 'search-detail');
      appendMarked(detail, doc.detail, matched);
      item.appendChild(document.createTextNode(' '));
      item.appendChild(detail);
    }
    if (doc.text) {
      var p = el('p', 'search-snippet');
      appendMarked(p, snippet(doc.text, matched), matched);
      item.appendChild(p);
    }
    return item;
  }

  /** A section per kind of result, ordered by each kind's best score; long groups show their first ten. */
  function renderGroups(found) {
    var groups = [];
    var byKind = {};
    found.forEach(function (r) {
      var kind = docs[r.id].kind;
      if (!byKind[kind]) { byKind[kind] = []; groups.push(kind); }
      byKind[kind].push(r);
    });
    groups.forEach(function (kind) {
      var list = byKind[kind];
      var section = el('section', 'search-group');
      var heading = el('h2', '', KINDS[kind].group + ' (' + list.length + ')');
      heading.id = 'results-' + kind;
      section.setAttribute('aria-labelledby', heading.id);
      section.appendChild(heading);
      var ol = el('ol', 'search-list');
      list.slice(0, GROUP_LIMIT).forEach(function (r) { ol.appendChild(resultItem(r)); });
      section.appendChild(ol);
      if (list.length > GROUP_LIMIT) {
        var more = el('button', 'search-more', 'Show all ' + list.length + ' ' + KINDS[kind].many);
        more.type = 'button';
        more.addEventListener('click', function () {
          var first = ol.children.length;
          list.slice(first).forEach(function (r) { ol.appendChild(resultItem(r)); });
          more.remove();
          var next = ol.children[first] && ol.children[first].querySelector('a');
          if (next) next.focus();
        });
        section.appendChild(more);
      }
      results.appendChild(section);
    });
    return groups.map(function (kind) {
      var n = byKind[kind].length;
      return n + ' ' + (n === 1 ? KINDS[kind].one : KINDS[kind].many);
    });
  }

  function run(query) {
    results.textContent = '';
    query = query.trim();
    if (!query || !ready) {
      status.textContent = query ? 'Preparing the search …' : '';
      return;
    }
    var found = index.search(query, { combineWith: 'AND' });
    var loose = false;
    if (!found.length) {
      found = index.search(query);
      loose = found.length > 0;
    }
    if (!found.length) {
      status.textContent = 'No results for “' + query + '”.';
      return;
    }
    var counts = renderGroups(found);
    status.textContent = found.length + (found.length === 1 ? ' result' : ' results') + ' for “' + query + '”'
      + (loose ? ', none with every word; showing those with some of them' : '') + ': ' + counts.join(', ') + '.';
  }

  function remember(query) {
    try {
      history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the search itself still works.
    }
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); remember(input.value.trim()); }, 150);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value);
    remember(input.value.trim());
  });

  /** Arrow keys move between the search field and the result links. */
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var links = [input].concat(Array.prototype.slice.call(results.querySelectorAll('a.search-hit')));
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    var next = at + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= links.length) return;
    e.preventDefault();
    links[next].focus();
  });

  var initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  if (initial) run(initial);
  else input.focus();
})();

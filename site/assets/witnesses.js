/* The witness view: the reader chooses a witness and reads the text as that witness has it. Progressive
   enhancement only: without this script the apparatus criticus after the text lists every reading, and the
   text shows the reading text. The readings come from the apparatus entries on the page itself. */
(function () {
  'use strict';
  var choice = document.getElementById('witness-choice');
  if (!choice) return;
  var view = choice.closest('.witness-view');
  var status = view.querySelector('.witness-status');
  var entries = Array.prototype.slice.call(document.querySelectorAll('.app-entry[id]'));
  var replaced = [];

  function has(el, siglum) {
    return (el.getAttribute('data-wit') || '').split(' ').indexOf(siglum) >= 0;
  }

  function readingOf(entry, siglum) {
    var readings = entry.querySelectorAll('.rdg[data-wit]');
    for (var i = 0; i < readings.length; i++) {
      if (has(readings[i], siglum)) return readings[i];
    }
    return null;
  }

  /* Puts back the reading text, newest change first, so that nested lemmas come back whole. */
  function restore() {
    while (replaced.length) {
      var r = replaced.pop();
      r.piece.replaceChildren.apply(r.piece, r.nodes);
      r.piece.classList.remove('wit-rdg', 'wit-om');
      r.piece.removeAttribute('title');
    }
  }

  function show(siglum) {
    restore();
    var count = 0;
    entries.forEach(function (entry) {
      var reading = siglum ? readingOf(entry, siglum) : null;
      if (!reading) return;
      var lemma = entry.querySelector('.app-lem');
      var pieces = document.querySelectorAll('.lemma[data-variant="' + entry.id + '"]');
      var omitted = reading.classList.contains('rdg-omission');
      Array.prototype.forEach.call(pieces, function (piece, i) {
        replaced.push({ piece: piece, nodes: Array.prototype.slice.call(piece.childNodes) });
        piece.textContent = i === 0 ? reading.getAttribute('data-text') : '';
        piece.classList.add('wit-rdg');
        if (omitted && i === 0) piece.classList.add('wit-om');
        piece.title = siglum + ' reads this; the reading text has \u201C' + (lemma ? lemma.textContent : '') + '\u201D';
      });
      count++;
    });
    document.documentElement.classList.toggle('witness-reading', !!siglum);
    status.textContent = siglum ? 'Showing ' + count + ' reading' + (count === 1 ? '' : 's') + ' of ' + siglum
      + ', marked in the text; elsewhere ' + siglum + ' agrees with the reading text or is not reported.' : '';
  }

  choice.addEventListener('change', function () { show(choice.value); });
  view.hidden = false;
  if (choice.value) show(choice.value);
})();

/* Progressive enhancement only: the pages work without this script. */
(function () {
  'use strict';
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    document.querySelectorAll('.tip.open').forEach(function (t) { t.classList.remove('open'); });
    var a = document.activeElement;
    if (a && a.classList && a.classList.contains('term')) a.blur();
  });
  document.querySelectorAll('a.loc').forEach(function (a) {
    a.addEventListener('click', function () {
      if (history.replaceState) history.replaceState(null, '', a.getAttribute('href'));
    });
  });
})();

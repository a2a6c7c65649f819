/* Follows moved anchors: an element with data-moved-to stands where a cited passage used to be.
   Without this script the browser still scrolls to that element, which links to the new place. */
(function () {
  'use strict';
  function follow() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    var to = el && el.getAttribute('data-moved-to');
    if (to) location.replace(to);
  }
  follow();
  window.addEventListener('hashchange', follow);
})();

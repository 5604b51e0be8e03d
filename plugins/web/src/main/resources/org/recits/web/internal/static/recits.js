/*
 * Récits serve: follows a running report in place, without reloading the page (a page that reloads itself takes
 * the reader's place and focus away; RGAA 13.1). Served from the bundle: the page's policy runs no inline script.
 * Every 2 seconds the page is asked again; its step and its state replace the ones shown; once the report is
 * written, its main content replaces this one and the state, now a status, takes the focus to be read out.
 * Without a script the page offers a link that does the same by hand.
 */
(function () {
  'use strict';
  var EVERY = 2000;
  if (!document.getElementById('etape') || !window.fetch || !window.DOMParser) {
    return;
  }
  function replace(next, id) {
    var here = document.getElementById(id);
    var there = next.getElementById(id);
    if (here && there) {
      here.innerHTML = there.innerHTML;
    }
  }
  function follow() {
    fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error(String(answer.status));
        }
        return answer.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        if (next.getElementById('etape')) {
          replace(next, 'etat');
          replace(next, 'etape');
          window.setTimeout(follow, EVERY);
          return;
        }
        document.title = next.title;
        document.querySelector('main').innerHTML = next.querySelector('main').innerHTML;
        var state = document.getElementById('etat');
        if (state) {
          state.setAttribute('tabindex', '-1');
          state.focus();
        }
      })
      .catch(function () {
        window.setTimeout(follow, EVERY * 3);
      });
  }
  window.setTimeout(follow, EVERY);
}());

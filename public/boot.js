/* Render-blocking on purpose, and tiny: a `?present` address must show the
   deck, never a flash of the article, and no key pressed before the deck is
   ready may be lost. The CSP allows no inline script, so this is a file. */
(function () {
  var search = window.location.search;
  if (!/[?&]present(?:[=&]|$)/.test(search) || /[?&]embed=/.test(search)) return;
  document.documentElement.classList.add('is-presenting');
  var queue = (window.__deckKeys = []);
  window.addEventListener(
    'keydown',
    function hold(event) {
      // The deck ends the queue (sets it to null) once its own listeners are set.
      if (window.__deckKeys !== queue) return window.removeEventListener('keydown', hold, true);
      if (event.key === 'Tab' || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      queue.push({ key: event.key, code: event.code, shiftKey: event.shiftKey });
    },
    true,
  );
})();

// Opens and closes the Dutch reconnect dialog (Components/Layout/ReconnectDialog.razor). blazor.web.js finds the dialog
// by its id and raises components-reconnect-state-changed with the state (show, retrying, failed, paused,
// resume-failed, hide, rejected); the state goes into data-state, and app.css shows the text for it.
(function () {
  var dialog = document.getElementById('components-reconnect-modal');
  if (!dialog) {
    return;
  }

  function open() {
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  async function reconnect() {
    try {
      if (await Blazor.reconnect()) {
        return;
      }
      // The server is reached but the circuit is gone: resume it from its persisted state, else start afresh.
      if (!(await Blazor.resumeCircuit())) {
        location.reload();
      }
    } catch {
      // The server is still unreachable: the dialog stays, the agent can try again.
    }
  }

  async function resume() {
    try {
      if (!(await Blazor.resumeCircuit())) {
        location.reload();
      }
    } catch {
      location.reload();
    }
  }

  dialog.addEventListener('components-reconnect-state-changed', function (event) {
    var state = event.detail.state;
    dialog.dataset.state = state;
    if (state === 'hide') {
      dialog.close();
    } else if (state === 'rejected') {
      location.reload();
    } else {
      open();
    }
  });
  // blazor.web.js counts the seconds down in the span; the word after it follows the number ("1 seconde", "5 seconden").
  var seconds = document.getElementById('components-seconds-to-next-attempt');
  var unit = dialog.querySelector('[data-reconnect-seconds-unit]');
  new MutationObserver(function () {
    unit.textContent = seconds.textContent.trim() === '1' ? 'seconde' : 'seconden';
  }).observe(seconds, { childList: true, characterData: true, subtree: true });
  // Escape would close a modal dialog while the connection is still down.
  dialog.addEventListener('cancel', function (event) { event.preventDefault(); });
  document.getElementById('components-reconnect-button').addEventListener('click', reconnect);
  document.getElementById('components-resume-button').addEventListener('click', resume);
  dialog.querySelector('[data-reconnect-reload]').addEventListener('click', function () { location.reload(); });
})();

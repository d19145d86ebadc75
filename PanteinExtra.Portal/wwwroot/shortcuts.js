// Keyboard shortcuts for the desk. Alt+<letter> activates the element marked data-shortcut="<letter>" on the page:
// a text field gets the focus (and its text selected), a button or link is clicked. The physical key (e.code) is read,
// so Alt+Z is the same key on every keyboard layout and operating system.
document.addEventListener('keydown', function (e) {
  if (!e.altKey || e.ctrlKey || e.metaKey || !/^Key[A-Z]$/.test(e.code)) {
    return;
  }
  var key = e.code.substring(3).toLowerCase();
  var marked = Array.prototype.slice.call(document.querySelectorAll('[data-shortcut="' + key + '"]'))
    .filter(function (el) { return !el.disabled && el.offsetParent !== null; });
  var field = marked.filter(function (el) { return el.matches('input, textarea'); })[0];
  var target = field || marked[0];
  if (!target) {
    return;
  }
  e.preventDefault();
  if (field) {
    field.focus();
    field.select();
  } else {
    target.click();
  }
});

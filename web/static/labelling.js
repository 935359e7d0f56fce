// The place of a labelled message, marked by selecting its words: the selection becomes the span's offsets
// (in code points, as the server counts them). Without this file the form takes the place's words as typed.
(function () {
  "use strict";
  function codePoints(text) { return Array.from(text).length; }
  document.querySelectorAll(".label-item").forEach(function (item) {
    var para = item.querySelector(".label-text");
    var form = item.querySelector("form.label-form");
    if (!para || !form) { return; }
    var start = form.elements.place_start, end = form.elements.place_end, words = form.elements.place;
    para.addEventListener("mouseup", function () {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
      var range = sel.getRangeAt(0);
      var text = para.firstChild;
      if (!text || range.startContainer !== text || range.endContainer !== text) { return; }
      var whole = text.textContent;
      var from = codePoints(whole.slice(0, range.startOffset));
      var to = codePoints(whole.slice(0, range.endOffset));
      if (to <= from) { return; }
      start.value = String(from);
      end.value = String(to);
      words.value = whole.slice(range.startOffset, range.endOffset);
      words.classList.add("selected");
    });
    words.addEventListener("input", function () {
      start.value = "";
      end.value = "";
      words.classList.remove("selected");
    });
  });
})();

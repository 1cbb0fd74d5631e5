/* "Chia sẻ / Nhúng" on entry pages: shows the copy buttons (hidden without
   JavaScript, where the code stays selectable) and copies the link or the
   embed code, saying so in the status line ("Đã sao chép"). */
(function () {
  var buttons = document.querySelectorAll(".copy-btn");
  if (!buttons.length) return;
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (ok, fail) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      document.body.removeChild(area);
      if (done) ok(); else fail();
    });
  }
  Array.prototype.forEach.call(buttons, function (b) {
    b.hidden = false;
    b.addEventListener("click", function () {
      var from = b.getAttribute("data-copy");
      var text = from ? document.getElementById(from).textContent.trim() : b.getAttribute("data-copy-text");
      var status = b.closest(".share").querySelector(".copy-status");
      copy(text).then(
        function () { status.textContent = "Đã sao chép " + (from ? "mã nhúng." : "liên kết."); },
        function () { status.textContent = "Không sao chép được; hãy chọn và chép bằng tay."; }
      );
    });
  });
})();

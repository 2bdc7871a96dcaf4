/*
 * Runs first, inline, in ES5 only (no arrow functions, no let/const): the pane is built for
 * today's engines, and Office 2016/2019 under a volume licence show add-ins in Internet Explorer
 * 11's engine (Trident) or the old Edge, where the pane would stay blank. There this says why, and
 * what to use instead, and marks the page so the pane does not start.
 */
(function () {
  var w = window;
  var missing = [];
  function need(name, present) {
    if (!present) missing.push(name);
  }
  var ua = (w.navigator && w.navigator.userAgent) || '';
  need('Trident', !/Trident\/|MSIE /.test(ua));
  need('EdgeHTML', !/Edge\/\d/.test(ua));
  need('Promise', typeof w.Promise === 'function' && typeof w.Promise.allSettled === 'function');
  need('Map', typeof w.Map === 'function');
  need('Set', typeof w.Set === 'function');
  need('WeakMap', typeof w.WeakMap === 'function');
  need('Symbol', typeof w.Symbol === 'function');
  need('Proxy', typeof w.Proxy === 'function');
  need('Reflect', typeof w.Reflect === 'object');
  need('fetch', typeof w.fetch === 'function');
  need('TextDecoder', typeof w.TextDecoder === 'function');
  need('Intl', typeof w.Intl === 'object' && typeof w.Intl.Collator === 'function');
  need('String.normalize', typeof String.prototype.normalize === 'function');
  need('Object.hasOwn', typeof Object.hasOwn === 'function');
  need('Array.at', typeof Array.prototype.at === 'function');
  need('globalThis', typeof w.globalThis === 'object');
  if (missing.length === 0) return;

  var html = document.documentElement;
  html.setAttribute('data-old-engine', missing.join(' '));
  var single = html.getAttribute('data-page') === 'single';
  var paragraphs = single
    ? [
        'Trình duyệt này quá cũ để chạy Tổng hợp báo cáo.',
        'Hãy mở tệp này bằng Microsoft Edge hoặc Google Chrome (nhấn chuột phải vào tệp, chọn "Open with" / "Mở bằng", rồi chọn Microsoft Edge).',
      ]
    : [
        'Phần bổ trợ Tổng hợp báo cáo không chạy được trong Excel này.',
        'Excel này hiển thị phần bổ trợ bằng trình duyệt cũ có sẵn trong Windows (Internet Explorer 11 hoặc Edge đời cũ), thường gặp ở Office 2016 và Office 2019 bản cấp phép số lượng lớn. Trình duyệt đó không chạy được giao diện của phần bổ trợ, nên ngăn tác vụ sẽ trống nếu không có thông báo này.',
        'Phần bổ trợ chạy được trong: Microsoft 365 (Excel trên Windows, Mac và trên web), Office 2021 và Office 2024 trên Windows có Microsoft Edge WebView2.',
        'Dùng ngay, không cần cài đặt gì: mở tệp "Tổng hợp báo cáo.html" (trang một tệp, xin nơi quản trị phần bổ trợ hoặc tạo bằng lệnh "tonghop trang") bằng Microsoft Edge hoặc Google Chrome. Trang đó làm được mọi việc của phần bổ trợ trên tệp: tải mẫu, kiểm tra, tổng hợp, báo cáo Word; dữ liệu không rời khỏi máy.',
      ];
  paragraphs.push('Chi tiết kỹ thuật (thiếu): ' + missing.join(', ') + '.');

  function show() {
    var root = document.getElementById('root');
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'old-engine');
    box.style.padding = '12px';
    box.style.lineHeight = '1.45';
    for (var i = 0; i < paragraphs.length; i++) {
      var p = document.createElement(i === 0 ? 'h1' : 'p');
      if (i === 0) p.style.fontSize = '18px';
      if (i === paragraphs.length - 1) p.style.color = '#605e5c';
      p.appendChild(document.createTextNode(paragraphs[i]));
      box.appendChild(p);
    }
    root.appendChild(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();

(function () {
  'use strict';
  var table = document.querySelector('table.reports');
  var body = table.tBodies[0];
  table.querySelectorAll('th').forEach(function (th, column) {
    th.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var numeric = th.dataset.type === 'number';
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].dataset.sort;
        var y = b.cells[column].dataset.sort;
        var order;
        if (numeric) {
          order = (x === '' ? -Infinity : Number(x)) - (y === '' ? -Infinity : Number(y));
        } else {
          order = x.localeCompare(y, 'zh-CN');
        }
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();

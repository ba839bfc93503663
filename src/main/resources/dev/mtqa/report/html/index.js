// mtqa index: sort, filter and page through the documents table from the JSON block, so a run of
// 100,000 documents renders one page of rows at a time. Builds rows with textContent only.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('mtqa-data').textContent);
  var columns = data.columns;
  // A row: [name, page, words, errors, warnings, info, one count per category (Category order)]
  var rows = data.rows.map(function (r, i) { return { r: r, order: i }; });
  var SAFE_PAGE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.html$/;

  var tbody = document.getElementById('rows');
  var state = { key: null, direction: 1, name: '', category: '', errorsOnly: false, size: 50, page: 0 };

  function findings(r) { return r[3] + r[4] + r[5]; }
  function rate(r) { return r[2] === 0 ? 0 : findings(r) * 1000 / r[2]; }

  var keys = {
    name: function (r) { return r[0]; },
    words: function (r) { return r[2]; },
    findings: findings,
    rate: rate,
    errors: function (r) { return r[3]; },
    warnings: function (r) { return r[4]; },
    infos: function (r) { return r[5]; }
  };
  columns.forEach(function (c) {
    keys['c' + c.index] = function (r) { return r[6 + c.index]; };
  });

  function filtered() {
    var name = state.name.toLowerCase();
    var category = state.category === '' ? -1 : Number(state.category);
    return rows.filter(function (x) {
      var r = x.r;
      if (name && r[0].toLowerCase().indexOf(name) < 0) { return false; }
      if (category >= 0 && !(r[6 + category] > 0)) { return false; }
      if (state.errorsOnly && !(r[3] > 0)) { return false; }
      return true;
    });
  }

  function sorted(list) {
    if (state.key === null) { return list; } // worst first, as written
    var key = keys[state.key];
    var direction = state.direction;
    return list.slice().sort(function (a, b) {
      var x = key(a.r);
      var y = key(b.r);
      var c = typeof x === 'string' ? x.localeCompare(y) : x - y;
      return c * direction || a.order - b.order;
    });
  }

  function cell(tr, text, className) {
    var td = document.createElement('td');
    if (className) { td.className = className; }
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function number(n) { return n.toLocaleString('en-US'); }

  function render() {
    var list = sorted(filtered());
    var pages = Math.max(1, Math.ceil(list.length / state.size));
    state.page = Math.min(state.page, pages - 1);
    var start = state.page * state.size;
    var slice = list.slice(start, start + state.size);
    var fragment = document.createDocumentFragment();
    slice.forEach(function (x) {
      var r = x.r;
      var tr = document.createElement('tr');
      var nameCell = cell(tr, '', 'name');
      if (typeof r[1] === 'string' && SAFE_PAGE.test(r[1])) {
        var a = document.createElement('a');
        a.href = r[1];
        a.textContent = r[0];
        nameCell.appendChild(a);
      } else {
        nameCell.textContent = r[0];
      }
      cell(tr, number(r[2]), 'num');
      cell(tr, number(findings(r)), 'num');
      cell(tr, rate(r).toFixed(1), 'num');
      cell(tr, number(r[3]), 'num');
      cell(tr, number(r[4]), 'num');
      cell(tr, number(r[5]), 'num');
      columns.forEach(function (c) {
        var n = r[6 + c.index];
        cell(tr, number(n), n === 0 ? 'num zero' : 'num');
      });
      fragment.appendChild(tr);
    });
    tbody.replaceChildren(fragment);
    var status = document.getElementById('page-status');
    status.textContent = list.length === 0 ? 'No documents match'
      : 'Documents ' + number(start + 1) + '–' + number(start + slice.length) + ' of ' + number(list.length) +
        (list.length < rows.length ? ' (filtered from ' + number(rows.length) + ')' : '') +
        ' · page ' + number(state.page + 1) + ' of ' + number(pages);
    document.getElementById('page-first').disabled = state.page === 0;
    document.getElementById('page-prev').disabled = state.page === 0;
    document.getElementById('page-next').disabled = state.page >= pages - 1;
    document.getElementById('page-last').disabled = state.page >= pages - 1;
    Array.prototype.forEach.call(document.querySelectorAll('th[data-sort]'), function (th) {
      var sortKey = th.getAttribute('data-sort');
      if (sortKey === state.key) {
        th.setAttribute('aria-sort', state.direction > 0 ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    });
  }

  function sortBy(key) {
    if (state.key === key) {
      state.direction = -state.direction;
    } else {
      state.key = key;
      state.direction = key === 'name' ? 1 : -1; // numbers: largest first
    }
    state.page = 0;
    render();
  }

  Array.prototype.forEach.call(document.querySelectorAll('th[data-sort]'), function (th) {
    th.tabIndex = 0;
    th.title = (th.title ? th.title + ' — ' : '') + 'Sort by this column';
    th.addEventListener('click', function () { sortBy(th.getAttribute('data-sort')); });
    th.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        sortBy(th.getAttribute('data-sort'));
      }
    });
  });

  function onInput(id, event, handler) {
    document.getElementById(id).addEventListener(event, function (e) {
      handler(e.target);
      state.page = 0;
      render();
    });
  }
  onInput('filter-name', 'input', function (el) { state.name = el.value; });
  onInput('filter-name', 'change', function (el) { state.name = el.value; });
  onInput('filter-category', 'change', function (el) { state.category = el.value; });
  onInput('filter-errors', 'change', function (el) { state.errorsOnly = el.checked; });
  onInput('page-size', 'change', function (el) { state.size = Number(el.value) || 50; });

  function go(id, page) {
    document.getElementById(id).addEventListener('click', function () {
      state.page = page();
      render();
    });
  }
  go('page-first', function () { return 0; });
  go('page-prev', function () { return Math.max(0, state.page - 1); });
  go('page-next', function () { return state.page + 1; });
  go('page-last', function () { return Number.MAX_SAFE_INTEGER; });

  document.getElementById('table-controls').hidden = rows.length === 0;
  document.getElementById('pager').hidden = rows.length === 0;
  document.getElementById('table-controls').addEventListener('submit', function (e) { e.preventDefault(); });
  if (rows.length) { render(); }

  window.mtqaIndex = {
    sortBy: sortBy,
    state: function () { return JSON.parse(JSON.stringify(state)); }
  };
}());

// mtqa document page: move between findings, filter them, accept or reject fixes, download the
// cleaned text. Reads its data from the JSON block; writes to the page only through textContent,
// classList and attributes it owns, never through HTML strings.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('mtqa-data').textContent);
  var findings = data.findings;
  var byNumber = {};
  findings.forEach(function (f) { byNumber[f.n] = f; });

  var marks = {};
  var parts = {};
  var items = {};
  Array.prototype.forEach.call(document.querySelectorAll('#text mark[data-finding]'), function (m) {
    marks[m.getAttribute('data-finding')] = m;
  });
  Array.prototype.forEach.call(document.querySelectorAll('#text mark[data-part-of]'), function (m) {
    var n = m.getAttribute('data-part-of');
    (parts[n] = parts[n] || []).push(m);
  });
  Array.prototype.forEach.call(document.querySelectorAll('li[data-item]'), function (li) {
    items[li.getAttribute('data-item')] = li;
  });

  // ---- Fixes: the same semantics as dev.mtqa.fix.FixPlanner.resolve + Fixer.applyChosen ----

  /** Orders chosen edits: more severe finding first, then earlier fix start, rule id, fix end. */
  function priority(a, b) {
    return (a.finding.priority - b.finding.priority) ||
      (a.fix.start - b.fix.start) ||
      compareStrings(a.finding.rule, b.finding.rule) ||
      (a.fix.end - b.fix.end);
  }

  /** Java's String.compareTo: by UTF-16 code units, as JavaScript's < compares. */
  function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Two edits cannot both apply: spans overlap, an insert falls strictly inside an edit, or two inserts share a point. */
  function conflicting(a, b) {
    var s1 = a.fix.start, e1 = a.fix.end, s2 = b.fix.start, e2 = b.fix.end;
    if (s1 === e1 && s2 === e2) { return s1 === s2; }
    if (s1 === e1) { return s1 > s2 && s1 < e2; }
    if (s2 === e2) { return s2 > s1 && s2 < e1; }
    return s1 < e2 && s2 < e1;
  }

  function sameEdit(a, b) {
    return a.fix.start === b.fix.start && a.fix.end === b.fix.end && a.fix.replacement === b.fix.replacement;
  }

  /**
   * Keeps the edits that win their overlaps, sorted by position; the others come back as
   * conflicts, except an edit identical to one kept, which is simply made once.
   */
  function resolve(chosen) {
    var candidates = chosen.slice().sort(priority); // Array.prototype.sort is stable, as Java's List.sort
    var kept = [];
    var conflicts = [];
    candidates.forEach(function (candidate) {
      var blocker = null;
      for (var i = 0; i < kept.length; i++) {
        if (conflicting(candidate, kept[i])) { blocker = kept[i]; break; }
      }
      if (blocker === null) {
        kept.push(candidate);
      } else if (!sameEdit(candidate, blocker)) {
        conflicts.push({ loser: candidate, winner: blocker });
      }
    });
    kept.sort(function (a, b) { return (a.fix.start - b.fix.start) || (a.fix.end - b.fix.end); });
    return { edits: kept, conflicts: conflicts };
  }

  /**
   * Applies sorted, non-overlapping edits as dev.mtqa.fix.TextEdits.apply does. Offsets count code
   * points (a surrogate pair is one, a lone surrogate is one); nothing outside the edits' spans
   * changes, but for one thing: a deletion that leaves a blank line right before another line
   * break takes that line break too, and deletions that empty the end of the text do not leave it
   * ending in a blank line.
   */
  function apply(text, edits) {
    var chunks = [];
    var tail = ''; // the last few characters written, enough to see a blank line
    var unit = 0;
    var codePoint = 0;
    var copied = 0;
    function write(s) {
      if (s.length) {
        chunks.push(s);
        tail = (tail + s.slice(-4)).slice(-4);
      }
    }
    function unitAt(target) {
      if (target < codePoint) { unit = 0; codePoint = 0; }
      while (codePoint < target && unit < text.length) {
        var c = text.charCodeAt(unit);
        if (c >= 0xD800 && c <= 0xDBFF && unit + 1 < text.length) {
          var d = text.charCodeAt(unit + 1);
          if (d >= 0xDC00 && d <= 0xDFFF) { unit += 2; codePoint++; continue; }
        }
        unit++;
        codePoint++;
      }
      return unit;
    }
    edits.forEach(function (e) {
      var from = Math.max(copied, unitAt(e.fix.start));
      var to = Math.max(from, unitAt(e.fix.end));
      write(text.slice(copied, from));
      write(e.fix.replacement);
      copied = to;
      if (e.fix.replacement === '' && from < to && endsWithBlankLine(tail)) {
        copied += lineBreakAt(text, copied);
      }
    });
    write(text.slice(copied));
    var out = chunks.join('');
    var deletedTheEnd = edits.length > 0 && copied === text.length &&
      edits[edits.length - 1].fix.replacement === '';
    while (deletedTheEnd && endsWithBlankLine(out.slice(-4))) {
      var n = out.length;
      out = out.slice(0, n - (out.charAt(n - 1) === '\n' && n > 1 && out.charAt(n - 2) === '\r' ? 2 : 1));
    }
    return out;
  }

  /** The text so far ends with an empty line: two line breaks in a row (LF LF, CR LF CR LF or CR CR). */
  function endsWithBlankLine(end) {
    var n = end.length;
    if (n >= 2 && end.charAt(n - 1) === '\n' && end.charAt(n - 2) === '\n') { return true; }
    if (n >= 4 && end.slice(n - 4) === '\r\n\r\n') { return true; }
    return n >= 2 && end.charAt(n - 1) === '\r' && end.charAt(n - 2) === '\r';
  }

  /** Length of the line break at {@code at}: 2 for CR LF, 1 for LF or CR, 0 for none. */
  function lineBreakAt(text, at) {
    if (at >= text.length) { return 0; }
    if (text.charAt(at) === '\r') { return at + 1 < text.length && text.charAt(at + 1) === '\n' ? 2 : 1; }
    return text.charAt(at) === '\n' ? 1 : 0;
  }

  // ---- Decisions ----

  /** n → {fix: index} when accepted, 'rejected' when rejected; no entry when undecided. */
  var decisions = {};

  /** Accepted fixes in finding order: what mtqa fix's applyChosen would be given. */
  function chosen() {
    var list = [];
    findings.forEach(function (f) {
      var d = decisions[f.n];
      if (d && d !== 'rejected' && f.fixes[d.fix]) {
        list.push({ finding: f, fix: f.fixes[d.fix] });
      }
    });
    return list;
  }

  function cleanedText() {
    return apply(data.text, resolve(chosen()).edits);
  }

  function accept(n, fixIndex) {
    var f = byNumber[n];
    if (!f || !f.fixes.length) { return; }
    var index = fixIndex === undefined ? 0 : Number(fixIndex);
    if (!(index >= 0 && index < f.fixes.length)) { return; }
    decisions[n] = { fix: index };
    refresh();
  }

  function reject(n) {
    if (!byNumber[n]) { return; }
    decisions[n] = 'rejected';
    refresh();
  }

  function undo(n) {
    delete decisions[n];
    refresh();
  }

  function acceptRule(rule) {
    findings.forEach(function (f) {
      if (f.rule === rule && f.fixes.length) {
        var d = decisions[f.n];
        decisions[f.n] = d && d !== 'rejected' ? d : { fix: 0 };
      }
    });
    refresh();
  }

  function acceptSafe() {
    findings.forEach(function (f) {
      if (f.fixes.length && f.fixes[0].safe && decisions[f.n] === undefined) {
        decisions[f.n] = { fix: 0 };
      }
    });
    refresh();
  }

  function reset() {
    decisions = {};
    refresh();
  }

  /** Shows every decision, and which accepted fixes lose an overlap and will not be applied. */
  function refresh() {
    var result = resolve(chosen());
    var lostTo = {};
    result.conflicts.forEach(function (c) { lostTo[c.loser.finding.n] = c.winner.finding.n; });
    var accepted = 0;
    findings.forEach(function (f) {
      var d = decisions[f.n];
      var li = items[f.n];
      var mark = marks[f.n];
      var state = d === undefined ? '' : d === 'rejected' ? 'rejected' : 'accepted';
      if (state === 'accepted') { accepted++; }
      [mark].concat(parts[f.n] || []).forEach(function (el) {
        if (!el) { return; }
        el.classList.toggle('accepted', state === 'accepted');
        el.classList.toggle('rejected', state === 'rejected');
      });
      if (!li) { return; }
      li.classList.toggle('accepted', state === 'accepted');
      li.classList.toggle('rejected', state === 'rejected');
      Array.prototype.forEach.call(li.querySelectorAll('li.fix'), function (fixLi) {
        var chosenFix = state === 'accepted' && Number(fixLi.getAttribute('data-fix')) === d.fix;
        fixLi.classList.toggle('chosen', chosenFix);
        var button = fixLi.querySelector('button.accept');
        if (button) {
          button.setAttribute('aria-pressed', chosenFix ? 'true' : 'false');
          button.textContent = chosenFix ? 'Accepted' : 'Accept';
        }
      });
      var label = li.querySelector('.decision');
      var rejectButton = li.querySelector('button.reject');
      if (rejectButton) { rejectButton.setAttribute('aria-pressed', state === 'rejected' ? 'true' : 'false'); }
      if (label) {
        label.className = 'decision';
        if (state === 'accepted' && lostTo[f.n] !== undefined) {
          label.textContent = 'accepted, overlaps #' + lostTo[f.n] + ': not applied';
          label.classList.add('is-conflict');
        } else if (state) {
          label.textContent = state;
          label.classList.add('is-' + state);
        } else {
          label.textContent = '';
        }
      }
    });
    var status = document.getElementById('decision-status');
    if (status) {
      var text = accepted === 0 ? 'No fix accepted yet'
        : accepted + (accepted === 1 ? ' fix accepted' : ' fixes accepted');
      if (result.conflicts.length) {
        text += ' · ' + result.conflicts.length + ' not applied (overlap)';
      }
      status.textContent = text;
    }
  }

  // ---- Filters ----

  var shownCategories = {};
  var shownSeverities = {};
  findings.forEach(function (f) { shownCategories[f.category] = true; shownSeverities[f.severity] = true; });

  function visible(f) {
    return shownCategories[f.category] && shownSeverities[f.severity];
  }

  function applyFilters() {
    findings.forEach(function (f) {
      var on = visible(f);
      [marks[f.n]].concat(parts[f.n] || []).forEach(function (el) {
        if (el) { el.classList.toggle('off', !on); }
      });
      if (items[f.n]) { items[f.n].classList.toggle('hidden-by-filter', !on); }
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.group'), function (group) {
      var any = false;
      Array.prototype.forEach.call(group.querySelectorAll('h3[data-severity-heading]'), function (h) {
        var list = h.nextElementSibling;
        var some = list && list.querySelector('li.finding:not(.hidden-by-filter)') !== null;
        h.classList.toggle('hidden-by-filter', !some);
        if (list) { list.classList.toggle('hidden-by-filter', !some); }
        any = any || some;
      });
      group.classList.toggle('hidden-by-filter', !any);
    });
    if (current !== null && !visible(byNumber[current])) { select(null); }
  }

  var filters = document.getElementById('filters');
  if (filters) {
    filters.addEventListener('change', function (event) {
      var input = event.target;
      if (input.hasAttribute('data-filter-category')) {
        shownCategories[input.getAttribute('data-filter-category')] = input.checked;
      } else if (input.hasAttribute('data-filter-severity')) {
        shownSeverities[input.getAttribute('data-filter-severity')] = input.checked;
      }
      applyFilters();
    });
    filters.addEventListener('submit', function (event) { event.preventDefault(); });
  }

  // ---- Moving between findings ----

  var current = null;
  var explanations = {};
  Array.prototype.forEach.call(document.querySelectorAll('[data-explanation]'), function (p) {
    explanations[p.getAttribute('data-explanation')] = p.textContent;
  });

  function select(n) {
    if (current !== null) {
      [marks[current]].concat(parts[current] || []).forEach(function (el) { if (el) { el.classList.remove('current'); } });
      var previous = items[current];
      if (previous) {
        previous.classList.remove('current');
        var explain = previous.querySelector('.explain');
        if (explain) { explain.hidden = true; }
      }
    }
    current = n === null || n === undefined || !byNumber[n] ? null : Number(n);
    var title = document.getElementById('current-title');
    if (current === null) {
      if (title) { title.textContent = findings.length ? 'No finding selected' : ''; }
      return;
    }
    var f = byNumber[current];
    var mark = marks[current];
    [mark].concat(parts[current] || []).forEach(function (el) { if (el) { el.classList.add('current'); } });
    if (mark) {
      mark.setAttribute('tabindex', '-1');
      mark.focus({ preventScroll: true });
      mark.scrollIntoView({ block: 'center', behavior: 'auto' });
    }
    var li = items[current];
    if (li) {
      li.classList.add('current');
      var box = li.querySelector('.explain');
      if (box) {
        box.querySelector('.explanation').textContent = explanations[f.rule] || '';
        box.hidden = false;
      }
      li.scrollIntoView({ block: 'nearest', behavior: 'auto' });
    }
    if (title) {
      title.textContent = 'Finding ' + f.n + ' of ' + findings.length + ' · ' + f.rule;
    }
  }

  function step(direction) {
    var shown = findings.filter(visible);
    if (!shown.length) { return; }
    var at = -1;
    for (var i = 0; i < shown.length; i++) {
      if (shown[i].n === current) { at = i; break; }
    }
    var next = at === -1 ? (direction > 0 ? 0 : shown.length - 1)
      : (at + direction + shown.length) % shown.length;
    select(shown[next].n);
  }

  document.getElementById('text').addEventListener('click', function (event) {
    var mark = event.target.closest('mark[data-finding], mark[data-part-of]');
    if (!mark) { return; }
    var n = mark.getAttribute('data-finding') || mark.getAttribute('data-part-of');
    if (visible(byNumber[n])) { select(n); }
  });

  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-goto], [data-accept], [data-reject], [data-accept-rule]');
    if (!target) { return; }
    if (target.hasAttribute('data-goto')) {
      event.preventDefault();
      select(target.getAttribute('data-goto'));
    } else if (target.hasAttribute('data-accept')) {
      var n = target.getAttribute('data-accept');
      var index = Number(target.getAttribute('data-fix-index'));
      var d = decisions[n];
      if (d && d !== 'rejected' && d.fix === index) { undo(n); } else { accept(n, index); }
    } else if (target.hasAttribute('data-reject')) {
      var r = target.getAttribute('data-reject');
      if (decisions[r] === 'rejected') { undo(r); } else { reject(r); }
    } else {
      acceptRule(target.getAttribute('data-accept-rule'));
    }
  });

  function download() {
    var blob = new Blob([cleanedText()], { type: 'text/plain;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = data.download;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  function on(id, handler) {
    var el = document.getElementById(id);
    if (el) { el.addEventListener('click', handler); }
  }
  on('download', download);
  on('accept-safe', acceptSafe);
  on('reset', reset);
  on('next', function () { step(1); });
  on('prev', function () { step(-1); });
  var help = document.getElementById('help');
  var helpToggle = document.getElementById('help-toggle');
  function toggleHelp(show) {
    help.hidden = !show;
    helpToggle.setAttribute('aria-expanded', show ? 'true' : 'false');
  }
  on('help-toggle', function () { toggleHelp(help.hidden); });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var tag = event.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || event.target.isContentEditable) { return; }
    var handled = true;
    switch (event.key) {
      case 'j': step(1); break;
      case 'k': step(-1); break;
      case 'a': if (current !== null) { accept(current, decisions[current] && decisions[current].fix); } break;
      case 'r': if (current !== null) { reject(current); } break;
      case 'u': if (current !== null) { undo(current); } break;
      case 'd': download(); break;
      case '?': toggleHelp(help.hidden); break;
      case 'Escape': if (!help.hidden) { toggleHelp(false); } else { handled = false; } break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });

  refresh();

  // For tests, and for anyone scripting the page from the console.
  window.mtqa = {
    cleanedText: cleanedText,
    accept: accept,
    reject: reject,
    undo: undo,
    acceptRule: acceptRule,
    acceptSafe: acceptSafe,
    reset: reset,
    select: select,
    current: function () { return current; },
    resolve: resolve,
    apply: apply
  };
}());

(function () {
  'use strict';
  var doc = document.getElementById('doc');
  var detail = document.getElementById('detail');
  var detailBody = detail.querySelector('.detail-body');

  // on a phone the findings come first; the contents and the long list of facts start folded
  if (window.matchMedia('(max-width: 700px)').matches) {
    document.querySelectorAll('.toc details, .facts details').forEach(function (d) { d.open = false; });
  }

  function factMark(index) { return doc.querySelector('[data-fact="' + index + '"]'); }

  function showFact(index) {
    var item = document.querySelector('[data-fact-item="' + index + '"] .fact-card');
    if (!item) { return; }
    var card = item.cloneNode(true);
    card.removeAttribute('href');
    detailBody.replaceChildren(card);
    detail.hidden = false;
  }

  function clearHighlight() {
    document.querySelectorAll('.hl').forEach(function (e) { e.classList.remove('hl'); });
    document.querySelectorAll('.hl-fact').forEach(function (e) { e.classList.remove('hl-fact'); });
    document.querySelectorAll('.finding.selected').forEach(function (e) {
      e.classList.remove('selected');
      e.querySelector('button').setAttribute('aria-pressed', 'false');
    });
  }

  function selectFinding(finding) {
    clearHighlight();
    finding.classList.add('selected');
    finding.querySelector('button').setAttribute('aria-pressed', 'true');
    var first = null;
    finding.dataset.units.split(' ').forEach(function (id) {
      var unit = id && document.getElementById(id);
      if (unit) { unit.classList.add('hl'); first = first || unit; }
    });
    finding.dataset.facts.split(' ').forEach(function (index) {
      var mark = index && factMark(index);
      if (mark) { mark.classList.add('hl-fact'); first = first || mark; }
    });
    if (first) { first.scrollIntoView({ block: 'center' }); }
  }

  function flash(mark) {
    mark.classList.remove('flash');
    void mark.offsetWidth;
    mark.classList.add('flash');
  }

  doc.addEventListener('click', function (event) {
    var mark = event.target.closest('[data-fact]');
    if (mark) { showFact(mark.dataset.fact); }
  });
  doc.addEventListener('keydown', function (event) {
    var mark = event.target.closest && event.target.closest('[data-fact]');
    if (mark && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); showFact(mark.dataset.fact); }
  });
  detail.querySelector('.close').addEventListener('click', function () { detail.hidden = true; });

  document.querySelectorAll('.finding > button').forEach(function (button) {
    button.addEventListener('click', function () { selectFinding(button.parentElement); });
  });

  document.querySelectorAll('.fact-card').forEach(function (card) {
    card.addEventListener('click', function (event) {
      var index = card.parentElement.dataset.factItem;
      var mark = factMark(index);
      if (!mark) { return; }
      event.preventDefault();
      mark.scrollIntoView({ block: 'center' });
      flash(mark);
      showFact(index);
    });
  });

  var search = document.getElementById('fact-search');
  var count = document.getElementById('fact-count');
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-fact-item]'));
  search.addEventListener('input', function () {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var text = item.dataset.search;
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      item.classList.toggle('hidden', !match);
      if (match) { shown++; }
    });
    count.textContent = words.length ? shown + ' / ' + items.length : '';
  });
})();

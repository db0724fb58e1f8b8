// <claim-reader>: the reading text of a map with claim spans highlighted (ClaimReader.java). Colour
// shows the claim's kind, its depth the claim's strength. The text is rendered as text nodes only,
// never as HTML, so the document cannot inject markup. Offsets of a selection are counted against
// the reading text itself: the element's text content is exactly that text.
// Keyboard: the claims are one Tab stop (roving tabindex). The arrow keys move between the
// passages that start a claim or an item of evidence, Home and End go to the first and last,
// Enter or Space selects; focusing the element itself (the "Skip to text" link) lands on that stop.
const KIND_RGB = {
  thesis: '91,62,150',
  conclusion: '31,111,178',
  premise: '63,143,90',
  'counter-claim': '178,58,58',
  rebuttal: '199,125,26',
  concession: '122,122,122',
};

class ClaimReader extends HTMLElement {
  connectedCallback() {
    if (!this._body) {
      this._body = document.createElement('div');
      this._body.className = 'reader-text';
      this.appendChild(this._body);
      this._body.addEventListener('click', (e) => this._activate(e));
      this._body.addEventListener('keydown', (e) => this._key(e));
      this._body.addEventListener('focusin', (e) => {
        if (e.target.classList && e.target.classList.contains('reader-stop')) this._rove(e.target);
      });
      this._body.addEventListener('mouseup', () => this._selection());
      this._body.addEventListener('keyup', (e) => {
        if (e.shiftKey) this._selection();
      });
    }
    if (this._pending) {
      const json = this._pending;
      this._pending = null;
      this.setDocument(json);
    }
  }

  setDocument(json) {
    if (!this._body) {
      this._pending = json;
      return;
    }
    const data = JSON.parse(json);
    const text = data.text;
    const spans = data.spans;
    // Passages users attached as evidence are outlined; they only colour text no claim covers.
    const all = [...spans, ...(data.evidence || []).map((e) => ({ ...e, evidence: true }))];
    // Cut the text at every span boundary; each piece is coloured by the shortest span covering it.
    const cuts = new Set([0, text.length]);
    all.forEach((s) => {
      cuts.add(s.start);
      cuts.add(s.end);
    });
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    let open = [];
    let next = 0;
    const sorted = [...all].sort((a, b) => a.start - b.start);
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i];
      const to = points[i + 1];
      while (next < sorted.length && sorted[next].start <= from) open.push(sorted[next++]);
      open = open.filter((s) => s.end > from);
      const piece = text.substring(from, to);
      if (open.length === 0) {
        fragment.appendChild(document.createTextNode(piece));
        continue;
      }
      const claims = open.filter((s) => !s.evidence);
      const evidence = open.filter((s) => s.evidence);
      if (claims.length === 0) {
        const item = evidence[0];
        const mark = document.createElement('mark');
        mark.textContent = piece;
        mark.className = 'evidence-span';
        mark.dataset.claim = item.claimId;
        mark.dataset.evidence = item.id;
        if (item.start === from) {
          mark.tabIndex = -1;
          mark.classList.add('reader-stop');
          mark.setAttribute('role', 'button');
          // The visible words stay the accessible name (WCAG 2.5.3, axe's label-content-name-mismatch);
          // what the passage is evidence for is its description.
          if (item.label) mark.setAttribute('aria-description', item.label);
        }
        fragment.appendChild(mark);
        continue;
      }
      const inner = claims.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      const mark = document.createElement('mark');
      mark.textContent = piece;
      mark.dataset.claim = inner.claimId;
      mark.dataset.claims = claims.map((s) => s.claimId).join(' ');
      mark.dataset.kind = inner.kind;
      mark.className = 'claim-span' + (inner.contested ? ' contested' : '') + (evidence.length ? ' with-evidence' : '');
      const strength = inner.strength === null || inner.strength === undefined ? null : inner.strength;
      const alpha = strength === null ? 0.15 : 0.15 + 0.6 * strength;
      mark.style.backgroundColor = `rgba(${KIND_RGB[inner.kind] || '74,90,106'}, ${alpha.toFixed(2)})`;
      mark.style.borderBottom = `2px ${strength === null ? 'dashed' : 'solid'} rgb(${KIND_RGB[inner.kind] || '74,90,106'})`;
      if (inner.start === from) {
        mark.tabIndex = -1;
        mark.classList.add('reader-stop');
        mark.setAttribute('role', 'button');
        // The quoted words are the name; the claim's paraphrase is read as its description.
        if (inner.label) mark.setAttribute('aria-description', inner.label);
      }
      fragment.appendChild(mark);
    }
    // The roving stop stays on the claim it was on when the text is drawn again.
    const previous = this._current && this._current.dataset.claim;
    this._body.replaceChildren(fragment);
    const stops = this._stops();
    this._current = null;
    this._rove(stops.find((m) => m.dataset.claim === previous && !m.dataset.evidence) || stops[0] || null);
    this.dataset.renderedAt = String(Math.round(performance.now()));
    this.dataset.spans = String(spans.length);
    this.dataset.evidence = String((data.evidence || []).length);
    this.dataset.marks = String(this._body.querySelectorAll('mark').length);
    this.dispatchEvent(new CustomEvent('reader-rendered', { detail: { spans: spans.length } }));
  }

  _stops() {
    return this._body ? [...this._body.querySelectorAll('mark.reader-stop')] : [];
  }

  // Makes one mark the reader's only Tab stop.
  _rove(mark) {
    if (this._current === mark) return;
    if (this._current) this._current.tabIndex = -1;
    this._current = mark;
    if (mark) mark.tabIndex = 0;
  }

  _key(e) {
    const mark = e.target.closest && e.target.closest('mark.reader-stop');
    if (!mark) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this._activate(e);
      return;
    }
    const moves = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: 'first', End: 'last' };
    const move = moves[e.key];
    if (move === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const stops = this._stops();
    const at = stops.indexOf(mark);
    const to =
      move === 'first' ? 0 : move === 'last' ? stops.length - 1 : Math.max(0, Math.min(stops.length - 1, at + move));
    e.preventDefault();
    this._rove(stops[to]);
    stops[to].focus();
  }

  // "Skip to text" focuses the element: the focus goes to the claim that is the reader's Tab stop.
  focus(options) {
    const stop = this._current || this._stops()[0];
    if (stop) stop.focus(options);
    else if (this._body) {
      this._body.tabIndex = -1;
      this._body.focus(options);
    }
  }

  _activate(e) {
    const mark = e.target.closest && e.target.closest('mark[data-claim]');
    if (!mark) return;
    const stop = mark.classList.contains('reader-stop') ? mark : this._stopOf(mark);
    if (stop) this._rove(stop);
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;
    this.dispatchEvent(new CustomEvent('claim-selected', { detail: { id: mark.dataset.claim } }));
  }

  // The mark that starts the claim (or evidence) a later piece of it belongs to.
  _stopOf(mark) {
    const key = mark.dataset.evidence ? `mark.reader-stop[data-evidence="${mark.dataset.evidence}"]` : null;
    if (key) return this._body.querySelector(key);
    return this._stops().find((m) => !m.dataset.evidence && m.dataset.claim === mark.dataset.claim) || null;
  }

  // Offset of a (node, offset) position counted in characters of the reading text.
  _offset(node, offset) {
    const walker = document.createTreeWalker(this._body, NodeFilter.SHOW_TEXT);
    let count = 0;
    let n;
    if (node.nodeType !== Node.TEXT_NODE) {
      // A position between children: count the text of the children before it.
      const range = document.createRange();
      range.setStart(this._body, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    }
    while ((n = walker.nextNode())) {
      if (n === node) return count + offset;
      count += n.nodeValue.length;
    }
    return -1;
  }

  _selection() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    if (!this._body.contains(range.startContainer) || !this._body.contains(range.endContainer)) return;
    const start = this._offset(range.startContainer, range.startOffset);
    const end = this._offset(range.endContainer, range.endOffset);
    if (start < 0 || end <= start) return;
    const exact = this._body.textContent.substring(start, end);
    this.dispatchEvent(new CustomEvent('text-selected', { detail: { start, end, exact } }));
  }

  // Scrolls to a passage and selects it, so "show in reader" lands on the exact words.
  showRange(start, end) {
    if (!this._body) return;
    const walker = document.createTreeWalker(this._body, NodeFilter.SHOW_TEXT);
    let count = 0;
    let n;
    const range = document.createRange();
    let started = false;
    while ((n = walker.nextNode())) {
      const len = n.nodeValue.length;
      if (!started && start <= count + len) {
        range.setStart(n, start - count);
        started = true;
      }
      if (started && end <= count + len) {
        range.setEnd(n, end - count);
        break;
      }
      count += len;
    }
    if (!started) return;
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    const target = range.startContainer.parentElement;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      const mark = target.closest('mark');
      const stop = mark && (mark.classList.contains('reader-stop') ? mark : this._stopOf(mark));
      if (stop) {
        this._rove(stop);
        stop.focus({ preventScroll: true });
      }
    }
    this.dataset.shown = `${start}-${end}`;
  }
}

customElements.define('claim-reader', ClaimReader);

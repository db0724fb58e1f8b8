// <workspace-graph>: the workspace's Cytoscape.js view (WorkspaceGraph.java). Node fill shows
// strength, the border and shape show the kind, a thick orange border and a warning sign mark claims
// that rest on a contested source; edge styles tell support, rebut, undermine and undercut apart.
// The server decides what to draw (filters, focus, collapsing large maps); this element lays out,
// draws, and reports clicks. Light DOM: Cytoscape measures and listens on its container.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';

cytoscape.use(dagre);

const KIND_COLOURS = {
  thesis: '#5b3e96',
  conclusion: '#1f6fb2',
  premise: '#3f8f5a',
  'counter-claim': '#b23a3a',
  rebuttal: '#c77d1a',
  concession: '#7a7a7a',
};
const KIND_SHAPES = {
  thesis: 'round-hexagon',
  conclusion: 'round-rectangle',
  premise: 'rectangle',
  'counter-claim': 'cut-rectangle',
  rebuttal: 'round-tag',
  concession: 'barrel',
};

// Red (weak) through yellow to green (strong); grey when there is no number to show.
function strengthColour(s) {
  if (s === null || s === undefined) return '#d5d8dc';
  return `hsl(${Math.round(s * 120)}, 65%, 72%)`;
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'min-zoomed-font-size': 7,
      'text-wrap': 'wrap',
      'text-max-width': 140,
      'text-valign': 'center',
      color: '#1b1b1b',
      width: 150,
      height: 48,
      shape: (n) => KIND_SHAPES[n.data('kind')] || 'round-rectangle',
      'background-color': (n) => strengthColour(n.data('strength')),
      'border-width': 3,
      'border-color': (n) => KIND_COLOURS[n.data('kind')] || '#4a5a6a',
    },
  },
  { selector: 'node[status = "OUT"]', style: { opacity: 0.75, 'border-style': 'dashed' } },
  {
    selector: 'node[kind = "argument"]',
    style: { width: 12, height: 12, shape: 'ellipse', label: '', 'border-width': 1, 'border-color': '#555' },
  },
  {
    selector: 'node[kind = "section"]',
    style: {
      width: (n) => 90 + Math.min(160, 6 * Math.sqrt(n.data('size'))),
      height: 50,
      'background-color': '#e8eef5',
      'border-color': '#1f6fb2',
      'font-size': 13,
    },
  },
  {
    selector: 'node[?contested]',
    style: { 'border-width': 7, 'border-color': '#ff7f00', 'border-style': 'double' },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'line-color': '#5d7a64',
      'target-arrow-color': '#5d7a64',
    },
  },
  { selector: 'edge[kind = "support"]', style: { width: 2 } },
  { selector: 'edge[kind = "rebut"], edge[kind = "attack"]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'line-style': 'dashed', 'target-arrow-shape': 'vee' } },
  { selector: 'edge[kind = "undermine"]', style: { 'line-color': '#d35400', 'target-arrow-color': '#d35400', 'line-style': 'dotted', 'target-arrow-shape': 'square', width: 2.5 } },
  { selector: 'edge[kind = "undercut"]', style: { 'line-color': '#8e44ad', 'target-arrow-color': '#8e44ad', 'line-style': 'dashed', 'line-dash-pattern': [8, 3, 2, 3], 'target-arrow-shape': 'tee', width: 2 } },
  { selector: 'node.fallen', style: { 'background-color': '#7f0000', color: '#fff', 'underlay-color': '#e74c3c', 'underlay-padding': 8, 'underlay-opacity': 0.6 } },
  { selector: 'node.changed', style: { 'underlay-color': '#f1c40f', 'underlay-padding': 8, 'underlay-opacity': 0.7 } },
  { selector: 'node.focus', style: { 'underlay-color': '#2980b9', 'underlay-padding': 10, 'underlay-opacity': 0.5 } },
  { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
];

class WorkspaceGraph extends HTMLElement {
  connectedCallback() {
    if (!this._container) {
      this._container = document.createElement('div');
      this._container.style.width = '100%';
      this._container.style.height = '100%';
      // Keyboard use: the graph takes focus; arrows walk the claims in reading order of the layout
      // (top to bottom, left to right), Enter or Space opens the current one, + / - zoom, 0 fits.
      this._container.setAttribute('role', 'application');
      this._container.setAttribute('aria-roledescription', 'graph');
      this._container.tabIndex = 0;
      this._container.addEventListener('keydown', (e) => this._onKey(e));
      this.appendChild(this._container);
      this._announcer = document.createElement('div');
      this._announcer.setAttribute('aria-live', 'polite');
      this._announcer.className = 'graph-announcer';
      this._announcer.style.cssText =
        'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;';
      this.appendChild(this._announcer);
      // Tabs hide the graph while another is shown; redraw to the real size once visible again.
      new ResizeObserver(() => {
        if (!this.cy || this._container.offsetWidth === 0) return;
        this.cy.resize();
        if (this._needsFit) {
          this._needsFit = false;
          this.cy.fit(undefined, 20);
        }
      }).observe(this._container);
    }
    if (this._pending) {
      const json = this._pending;
      this._pending = null;
      this.setGraph(json);
    } else if (this.cy) {
      // Back from a hidden tab: the container may have been measured at zero size.
      requestAnimationFrame(() => {
        this.cy.resize();
        if (this._needsFit) {
          this._needsFit = false;
          this.cy.fit(undefined, 20);
        }
      });
    }
  }

  setGraph(json) {
    if (!this._container || !this.isConnected) {
      this._pending = json;
      return;
    }
    const data = JSON.parse(json);
    const elements = [
      ...data.nodes.map((n) => ({ group: 'nodes', data: n })),
      ...data.edges.map((e) => ({ group: 'edges', data: e })),
    ];
    if (this.cy) {
      this.cy.destroy();
    }
    delete this.dataset.renderedNodes;
    const large = data.large;
    this._container.setAttribute('aria-label', data.description || `${data.nodes.length} nodes, ${data.edges.length} edges`);
    const started = performance.now();
    this.cy = cytoscape({
      container: this._container,
      elements,
      style: STYLE,
      layout: {
        name: 'dagre',
        rankDir: 'BT',
        nodeSep: large ? 10 : 20,
        rankSep: large ? 30 : 50,
        animate: false,
      },
      wheelSensitivity: 0.3,
      minZoom: 0.02,
      maxZoom: 3,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
    });
    this._needsFit = this._container.offsetWidth === 0;
    this.cy.on('tap', 'node', (evt) => {
      this.dispatchEvent(new CustomEvent('node-selected', { detail: { id: evt.target.id() } }));
    });
    this._applyHighlight();
    this.dataset.renderedNodes = String(this.cy.nodes().length);
    this.dataset.renderedEdges = String(this.cy.edges().length);
    this.dataset.contestedNodes = String(this.cy.nodes('[?contested]').length);
    this.dataset.layoutMs = String(Math.round(performance.now() - started));
    this.dataset.renderedAt = String(Math.round(performance.now()));
    this.dispatchEvent(new CustomEvent('graph-rendered', { detail: { nodes: this.cy.nodes().length } }));
  }

  // Marks what falls in a what-if: fallen (lost grounding or label) and changed (strength).
  setHighlight(json) {
    this._highlight = JSON.parse(json);
    this._applyHighlight();
  }

  _applyHighlight() {
    if (!this.cy) return;
    const h = this._highlight || { fallen: [], changed: [] };
    this.cy.batch(() => {
      this.cy.nodes().removeClass('fallen changed');
      h.fallen.forEach((id) => this.cy.getElementById(id).addClass('fallen'));
      h.changed.forEach((id) => this.cy.getElementById(id).addClass('changed'));
    });
    this.dataset.fallenNodes = String(this.cy.nodes('.fallen').length);
  }

  // Selects and centres a node, without moving the others.
  select(id) {
    if (!this.cy) return;
    const node = this.cy.getElementById(id);
    this.cy.nodes().removeClass('focus').unselect();
    if (node.nonempty()) {
      node.addClass('focus').select();
      this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 0.8) }, { duration: 0 });
    }
  }

  _keyboardOrder() {
    return this.cy
      .nodes()
      .filter((n) => n.data('kind') !== 'argument')
      .sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'));
  }

  _onKey(e) {
    if (!this.cy) return;
    const order = this._keyboardOrder();
    if (order.length === 0) return;
    let index = order.findIndex((n) => n.id() === this._keyboardNode);
    if (['ArrowRight', 'ArrowDown'].includes(e.key)) {
      index = (index + 1) % order.length;
    } else if (['ArrowLeft', 'ArrowUp'].includes(e.key)) {
      index = index <= 0 ? order.length - 1 : index - 1;
    } else if ((e.key === 'Enter' || e.key === ' ') && index >= 0) {
      e.preventDefault();
      this.dispatchEvent(new CustomEvent('node-selected', { detail: { id: order[index].id() } }));
      return;
    } else if (e.key === '+' || e.key === '=') {
      this.zoomBy(1.25);
      return;
    } else if (e.key === '-') {
      this.zoomBy(0.8);
      return;
    } else if (e.key === '0') {
      this.fit();
      return;
    } else {
      return;
    }
    e.preventDefault();
    const node = order[index];
    this._keyboardNode = node.id();
    this.dataset.keyboardNode = node.id();
    this.cy.nodes().removeClass('focus');
    node.addClass('focus');
    this.cy.center(node);
    this._announcer.textContent = `${index + 1} / ${order.length}: ${node.data('label') || node.id()}`;
  }

  zoomBy(factor) {
    if (!this.cy) return;
    const ext = this.cy.extent();
    this.cy.zoom({ level: this.cy.zoom() * factor, position: { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 } });
  }

  fit() {
    if (this.cy) this.cy.fit(undefined, 20);
  }
}

customElements.define('workspace-graph', WorkspaceGraph);

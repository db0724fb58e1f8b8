// <argument-graph>: the Cytoscape.js view of an argument map, driven from Java (GraphCanvas).
// Light DOM on purpose: Cytoscape measures and listens on its container, which is simpler outside
// a shadow root.
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
  argument: '#cfd6de',
};

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': 140,
      'text-valign': 'center',
      color: '#fff',
      'text-outline-width': 0,
      width: 150,
      height: 44,
      shape: 'round-rectangle',
      'background-color': (n) => KIND_COLOURS[n.data('kind')] || '#4a5a6a',
    },
  },
  {
    selector: 'node[kind = "argument"]',
    style: { width: 14, height: 14, shape: 'ellipse', label: '', color: '#333' },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'line-color': '#7d8a96',
      'target-arrow-color': '#7d8a96',
    },
  },
  { selector: 'edge[kind = "rebut"]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'line-style': 'dashed' } },
  { selector: 'edge[kind = "undermine"]', style: { 'line-color': '#d35400', 'target-arrow-color': '#d35400', 'line-style': 'dotted' } },
  { selector: 'edge[kind = "undercut"]', style: { 'line-color': '#8e44ad', 'target-arrow-color': '#8e44ad', 'line-style': 'dashed', 'target-arrow-shape': 'tee' } },
  { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
];

class ArgumentGraph extends HTMLElement {
  connectedCallback() {
    if (!this._container) {
      this._container = document.createElement('div');
      this._container.style.width = '100%';
      this._container.style.height = '100%';
      this._container.setAttribute('role', 'img');
      this.appendChild(this._container);
    }
    if (this._pending) {
      const json = this._pending;
      this._pending = null;
      this.setGraph(json);
    }
  }

  setGraph(json) {
    if (!this._container) {
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
    this._container.setAttribute('aria-label', `${data.nodes.length} nodes, ${data.edges.length} edges`);
    this.cy = cytoscape({
      container: this._container,
      elements,
      style: STYLE,
      layout: { name: 'dagre', rankDir: 'BT', nodeSep: 20, rankSep: 50 },
      wheelSensitivity: 0.3,
    });
    this.cy.on('tap', 'node', (evt) => {
      this.dispatchEvent(new CustomEvent('node-selected', { detail: { id: evt.target.id() } }));
    });
    this.dataset.renderedNodes = String(this.cy.nodes().length);
    this.dataset.renderedEdges = String(this.cy.edges().length);
    this.dispatchEvent(new CustomEvent('graph-rendered', { detail: { nodes: this.cy.nodes().length } }));
  }
}

customElements.define('argument-graph', ArgumentGraph);

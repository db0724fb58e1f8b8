// <workspace-graph>: the workspace's Cytoscape.js view (WorkspaceGraph.java), drawn as an argument map.
// ELK's layered algorithm (on the server, ADR 047; else elkjs in a web worker) puts the thesis at the top and
// reasons below it. A premise sits inside its argument: the argument is a box holding its co-premises, with one
// arrow to the conclusion, as Rationale and MindMup draw them. On a large drawing the essay's sections are groups,
// and when zoomed out the groups' names replace the claims' labels, which would be specks.
// Node fill shows strength, the border and shape the kind; a thick orange border and a warning sign mark
// claims that rest on a contested source; edge styles tell support, rebut, undermine and undercut apart.
// The server decides what to draw (filters, focus, collapsing huge maps); this element lays out, draws,
// collapses and expands subtrees, reveals a claim, keeps a minimap, exports SVG and PNG, and reports
// clicks. Light DOM: Cytoscape measures and listens on its container.
import cytoscape from 'cytoscape';
import ELK from 'elkjs/lib/elk.bundled.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import cytoscapeNavigator from 'cytoscape-navigator';
import svg from 'cytoscape-svg';

cytoscape.use(svg);
cytoscapeNavigator(cytoscape);

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

// Claim boxes: a fixed width, and a height that fits the wrapped label, so no label spills out.
const FONT_SIZE = 12;
const LINE_HEIGHT = 1.25;
const BOX_WIDTH = 230;
const TEXT_WIDTH = 200;
const BOX_PADDING = 18;
const FONT_FAMILY = 'Helvetica, Arial, sans-serif';
// Below this zoom the claims' labels would be under 6 px: the section groups show their names instead.
const FAR_ZOOM = 0.5;
// Shown claims are drawn at least this large on screen (zoom × font size).
const LEGIBLE_ZOOM = 1;
// More claims than this, spread over several sections, are drawn grouped by section.
const GROUP_ABOVE = 60;

// Red (weak) through yellow to green (strong); grey when there is no number to show.
function strengthColour(s) {
  if (s === null || s === undefined) return '#d5d8dc';
  return `hsl(${Math.round(s * 120)}, 65%, 72%)`;
}

const measure = document.createElement('canvas').getContext('2d');

// The number of lines Cytoscape wraps a label into: words are added while the line fits.
function lineCount(text) {
  measure.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
  let lines = 0;
  for (const paragraph of String(text).split('\n')) {
    let line = '';
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure.measureText(candidate).width > TEXT_WIDTH) {
        lines++;
        line = word;
      } else {
        line = candidate;
      }
    }
  }
  return lines;
}

function boxHeight(label) {
  return Math.ceil(lineCount(label) * FONT_SIZE * LINE_HEIGHT + BOX_PADDING);
}

function displayLabel(n) {
  const hidden = n.data('collapsedCount');
  return hidden ? `${n.data('label')}\n[+${hidden}]` : n.data('label');
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: displayLabel,
      'font-size': FONT_SIZE,
      'font-family': FONT_FAMILY,
      'line-height': LINE_HEIGHT,
      'min-zoomed-font-size': 6,
      'text-wrap': 'wrap',
      'text-max-width': TEXT_WIDTH,
      'text-valign': 'center',
      'text-halign': 'center',
      color: '#1b1b1b',
      width: BOX_WIDTH,
      height: 'data(h)',
      shape: (n) => KIND_SHAPES[n.data('kind')] || 'round-rectangle',
      'background-color': (n) => strengthColour(n.data('strength')),
      'border-width': 3,
      'border-color': (n) => KIND_COLOURS[n.data('kind')] || '#4a5a6a',
    },
  },
  { selector: 'node[status = "OUT"]', style: { opacity: 0.75, 'border-style': 'dashed' } },
  {
    selector: 'node[kind = "argument"]',
    style: { width: 14, height: 14, shape: 'ellipse', label: '', 'border-width': 1, 'border-color': '#555' },
  },
  {
    // An argument holding its co-premises: a box around them, tinted by the argument's strength.
    selector: 'node[kind = "argument"]:parent',
    style: {
      shape: 'round-rectangle',
      'background-opacity': 0.35,
      'border-width': 2,
      'border-color': '#3f8f5a',
      padding: 8,
    },
  },
  {
    selector: 'node[kind = "group"]',
    style: {
      shape: 'round-rectangle',
      label: 'data(label)',
      'background-color': '#eef2f7',
      'background-opacity': 0.6,
      'border-width': 1,
      'border-color': '#8aa2bd',
      'border-style': 'dashed',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': 18,
      'font-weight': 'bold',
      'text-wrap': 'none',
      color: '#1f3f66',
      'min-zoomed-font-size': 0,
      padding: 24,
    },
  },
  {
    selector: 'node[kind = "group"].far',
    style: { 'background-color': '#c9d8ea', 'background-opacity': 0.95, 'border-width': 3, 'border-style': 'solid' },
  },
  {
    selector: 'node[kind = "section"]',
    style: {
      width: (n) => 90 + Math.min(160, 6 * Math.sqrt(n.data('size'))),
      height: 50,
      'text-max-width': (n) => 80 + Math.min(150, 6 * Math.sqrt(n.data('size'))),
      'background-color': '#e8eef5',
      'border-color': '#1f6fb2',
      'font-size': 13,
    },
  },
  {
    selector: 'node[?contested]',
    style: { 'border-width': 7, 'border-color': '#ff7f00', 'border-style': 'double' },
  },
  { selector: 'node.collapsed', style: { 'border-style': 'double', 'border-width': 6 } },
  { selector: '.hidden', style: { display: 'none' } },
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
  { selector: 'edge[kind = "support"], edge[kind = "conclusion"]', style: { width: 2.5 } },
  { selector: 'edge[kind = "rebut"], edge[kind = "attack"]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'line-style': 'dashed', 'target-arrow-shape': 'vee' } },
  { selector: 'edge[kind = "undermine"]', style: { 'line-color': '#d35400', 'target-arrow-color': '#d35400', 'line-style': 'dotted', 'target-arrow-shape': 'square', width: 2.5 } },
  { selector: 'edge[kind = "undercut"]', style: { 'line-color': '#8e44ad', 'target-arrow-color': '#8e44ad', 'line-style': 'dashed', 'line-dash-pattern': [8, 3, 2, 3], 'target-arrow-shape': 'tee', width: 2 } },
  { selector: 'edge.proxy', style: { display: 'none' } },
  { selector: 'node.fallen', style: { 'background-color': '#7f0000', color: '#fff', 'underlay-color': '#e74c3c', 'underlay-padding': 8, 'underlay-opacity': 0.6 } },
  { selector: 'node.changed', style: { 'underlay-color': '#f1c40f', 'underlay-padding': 8, 'underlay-opacity': 0.7 } },
  { selector: 'node.focus', style: { 'underlay-color': '#2980b9', 'underlay-padding': 10, 'underlay-opacity': 0.5 } },
  { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
];

// The minimap's frame, and the classes cytoscape-navigator gives its parts.
const MINIMAP_CSS = `
workspace-graph .graph-minimap { position: absolute; right: 8px; bottom: 8px; width: 200px; height: 130px;
  background: #fff; border: 1px solid #8aa2bd; border-radius: 4px; overflow: hidden; z-index: 2;
  box-shadow: 0 1px 4px rgba(0,0,0,.2); }
workspace-graph .graph-minimap > img { max-width: 100%; max-height: 100%; }
workspace-graph .graph-minimap > canvas { position: absolute; top: 0; left: 0; z-index: 101; }
workspace-graph .cytoscape-navigatorView { position: absolute; top: 0; left: 0; cursor: move;
  background: #b7e1ed; opacity: .5; z-index: 102; }
workspace-graph .cytoscape-navigatorOverlay { position: absolute; inset: 0; z-index: 103; }
`;
if (!document.getElementById('workspace-graph-style')) {
  const style = document.createElement('style');
  style.id = 'workspace-graph-style';
  style.textContent = MINIMAP_CSS;
  document.head.appendChild(style);
}

// Upwards, so conclusions end above their reasons. One layering for all the boxes of a level (not one per
// connected part, packed side by side), so that the thesis's constraint to the top layer holds for all.
const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'UP',
  'elk.separateConnectedComponents': 'false',
  'elk.layered.spacing.nodeNodeBetweenLayers': '45',
  'elk.spacing.nodeNode': '22',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

// ELK lays out the essay in seconds: in a web worker (a same-origin file, which the page's CSP allows through
// script-src 'self'), so that the page keeps answering meanwhile. If the worker cannot start, ELK runs on the
// page's thread, as cytoscape-elk did.
let elkWorker;
function layoutOnWorker(graph) {
  try {
    if (!elkWorker) {
      const worker = new Worker(elkWorkerUrl);
      // A worker that cannot load (refused, missing) only says so by an 'error' event; ELK would wait forever.
      const failed = new Promise((resolve, reject) =>
        worker.addEventListener('error', (e) => reject(new Error(`ELK worker: ${e.message || 'not started'}`)), {
          once: true,
        }),
      );
      elkWorker = { elk: new ELK({ workerFactory: () => worker }), failed };
    }
    return Promise.race([elkWorker.elk.layout(graph), elkWorker.failed]);
  } catch (e) {
    return Promise.reject(e);
  }
}
function layoutOnPage(graph) {
  return new ELK().layout(graph);
}

// ADR 047: the server lays the same ELK graph out with ELK's Java implementation and caches it, so a map is laid
// out once for all its visitors, and in a fraction of elkjs's time. An empty answer (refused: too large, busy) or
// no answer within SERVER_WAIT_MS sends the graph to the worker, as before.
const SERVER_WAIT_MS = 25000;
function layoutOnServer(element, graph) {
  if (!element.$server || !element.$server.layOut) return Promise.reject(new Error('no server layout'));
  let timer;
  const late = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error('server layout too slow')), SERVER_WAIT_MS);
  });
  const asked = element.$server.layOut(JSON.stringify(graph)).then((positions) => {
    if (!positions) throw new Error('server layout refused');
    return JSON.parse(positions);
  });
  return Promise.race([asked, late]).finally(() => clearTimeout(timer));
}

const isClaim = (n) => !['argument', 'group', 'section'].includes(n.data('kind'));

// cytoscape-navigator 2.0.2 takes its container only as a selector string ("#id"); given an element, it
// ignores it and appends a panel of its own to <body>. Each minimap therefore gets a page-unique id.
let minimaps = 0;

class WorkspaceGraph extends HTMLElement {
  connectedCallback() {
    if (!this._container) {
      this.style.position = 'relative';
      this._container = document.createElement('div');
      this._container.style.width = '100%';
      this._container.style.height = '100%';
      // Keyboard use: the graph takes focus; arrows walk the claims in reading order of the layout
      // (top to bottom, left to right), Enter or Space opens the current one, C collapses or expands
      // its subtree, + / - zoom, 0 fits.
      this._container.setAttribute('role', 'application');
      this._container.setAttribute('aria-roledescription', 'graph');
      this._container.tabIndex = 0;
      this._container.addEventListener('keydown', (e) => this._onKey(e));
      this.appendChild(this._container);
      this._minimap = document.createElement('div');
      this._minimap.className = 'graph-minimap';
      this._minimap.id = `graph-minimap-${++minimaps}`;
      this._minimap.setAttribute('aria-hidden', 'true');
      this.appendChild(this._minimap);
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
        if (this._needsFit && !this._laying) {
          this._needsFit = false;
          this.fit();
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
        if (!this._navigator && !this._laying) this._startMinimap();
        this.cy.resize();
        if (this._needsFit && !this._laying) {
          this._needsFit = false;
          this.fit();
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
    const claims = data.nodes.filter((n) => !['argument', 'section'].includes(n.kind));
    const grouped = claims.length > GROUP_ABOVE && new Set(claims.map((n) => n.section)).size > 1;
    const nodes = data.nodes.map((n) => {
      const d = { ...n, h: boxHeight(n.label) };
      if (n.parent) d.parent = n.parent;
      else delete d.parent;
      if (grouped && !n.parent) d.parent = `group:${n.section || '—'}`;
      return d;
    });
    const groups = grouped
      ? [...new Set(nodes.filter((n) => n.parent && n.parent.startsWith('group:')).map((n) => n.parent))].map(
          (id) => {
            const section = id.substring('group:'.length);
            const size = claims.filter((c) => (c.section || '—') === section).length;
            return { id, kind: 'group', label: `§ ${section} · ${size}`, section, size, h: 40 };
          },
        )
      : [];
    const elements = [
      ...groups.map((g) => ({ group: 'nodes', data: g })),
      ...nodes.map((n) => ({ group: 'nodes', data: n })),
      ...data.edges.map((e) => ({ group: 'edges', data: e })),
    ];
    if (this._navigator) {
      this._navigator.destroy();
      this._navigator = null;
    }
    if (this.cy) {
      this.cy.destroy();
    }
    delete this.dataset.renderedNodes;
    delete this.dataset.renderedAt;
    this._hiddenBy = new Map();
    this._afterLayout = [];
    this._fileName = data.fileName || 'argument-map';
    const large = data.large;
    this._container.setAttribute('aria-label', data.description || `${data.nodes.length} nodes, ${data.edges.length} edges`);
    const started = performance.now();
    this.cy = cytoscape({
      container: this._container,
      elements,
      style: STYLE,
      layout: { name: 'preset' },
      wheelSensitivity: 0.3,
      minZoom: 0.02,
      maxZoom: 3,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
    });
    this.cy.on('tap', 'node', (evt) => {
      const node = evt.target;
      if (node.data('kind') === 'group') {
        this.cy.fit(node, 30);
        return;
      }
      this.dispatchEvent(new CustomEvent('node-selected', { detail: { id: node.id() } }));
    });
    this.cy.on('dbltap', 'node', (evt) => {
      if (isClaim(evt.target)) this.toggleCollapse(evt.target.id());
    });
    this.cy.on('zoom', () => this._onZoom());
    this._applyHighlight();
    this.dataset.renderedEdges = String(this.cy.edges().length);
    this.dataset.contestedNodes = String(this.cy.nodes('[?contested]').length);
    this.dataset.groups = String(groups.length);
    this._layout(() => {
      this.dataset.layoutMs = String(Math.round(performance.now() - started));
      this.dataset.renderedNodes = String(this.cy.nodes().length);
      this.dataset.renderedAt = String(Math.round(performance.now()));
      this._startMinimap();
      this.dispatchEvent(new CustomEvent('graph-rendered', { detail: { nodes: this.cy.nodes().length } }));
    });
  }

  // Lays out the visible elements with ELK layered, upwards: an edge points from a reason to what it
  // supports or attacks, so conclusions end above their reasons. ELK lays out each compound's content
  // apart; an edge that crosses a compound's border is given to the layout as an edge between the
  // outermost boxes it joins (a hidden "proxy"), so a sub-argument still sits below the box holding
  // its conclusion.
  _layout(done) {
    const cy = this.cy;
    this._laying = true;
    cy.remove('edge.proxy');
    const chain = (n) => {
      const out = [n];
      for (let p = n.parent(); p.nonempty(); p = p.parent()) out.unshift(p);
      return out;
    };
    const direct = [];
    const proxies = new Map();
    cy.edges(':visible').forEach((e) => {
      const s = chain(e.source());
      const t = chain(e.target());
      let i = 0;
      while (i < s.length && i < t.length && s[i].same(t[i])) i++;
      if (i >= s.length || i >= t.length) return;
      if (i === 0 && s.length === 1 && t.length === 1) {
        direct.push(e);
        return;
      }
      const key = `${s[i].id()}>${t[i].id()}`;
      if (!proxies.has(key)) proxies.set(key, { source: s[i].id(), target: t[i].id() });
    });
    const added = cy.add(
      [...proxies.entries()].map(([key, p]) => ({
        group: 'edges',
        data: { id: `proxy:${key}`, source: p.source, target: p.target, kind: 'proxy' },
        classes: 'proxy',
      })),
    );
    const thesis = cy.nodes('[kind = "thesis"]');
    const onTop = thesis.union(thesis.ancestors());
    const nodes = cy.nodes(':visible');
    const graph = this._elkGraph(nodes, added.union(cy.collection(direct)), (n) => {
      // Options on a compound apply to the layout of its content, which ELK does apart: give it the same
      // algorithm and direction as the whole.
      const options = {};
      if (n.isParent()) Object.assign(options, LAYERED);
      if (n.data('kind') === 'group') options['elk.padding'] = '[top=30,left=24,bottom=24,right=24]';
      if (n.data('kind') === 'argument') options['elk.padding'] = '[top=10,left=10,bottom=10,right=10]';
      if (onTop.contains(n)) options['elk.layered.layering.layerConstraint'] = 'LAST';
      return options;
    });
    graph.layoutOptions = {
      ...LAYERED,
      algorithm: 'layered',
      // Not the container's, which is 0 / 0 while the tab is hidden.
      aspectRatio: 1.6,
      'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
    };
    const stop = (laidOut) => {
      if (this.cy !== cy) return;
      this._place(laidOut);
      cy.remove('edge.proxy');
      this._laying = false;
      this._needsFit = this._container.offsetWidth === 0;
      if (!this._needsFit) this.fit();
      this._onZoom();
      done();
      const waiting = this._afterLayout;
      this._afterLayout = [];
      waiting.forEach((f) => f());
    };
    const worker = () =>
      layoutOnWorker(graph)
        .then((laidOut) => {
          this.dataset.layoutOn = 'worker';
          return laidOut;
        })
        .catch((e) => {
          console.warn(`${e.message}; laying out on the page`);
          this.dataset.layoutOn = 'page';
          return layoutOnPage(graph);
        });
    layoutOnServer(this, graph)
      .then((laidOut) => {
        this.dataset.layoutOn = 'server';
        return laidOut;
      })
      .catch((e) => {
        console.warn(`${e.message}; laying out in the browser`);
        return worker();
      })
      .then(stop);
  }

  // The ELK graph of these nodes and edges, as plain data that can go to the worker: boxes nested as in the
  // drawing, all edges at the top (ELK routes them where they belong), each box at its size with its border.
  _elkGraph(nodes, edges, nodeOptions) {
    const boxes = new Map();
    nodes.forEach((n) => {
      const box = { id: n.id(), layoutOptions: nodeOptions(n) };
      if (!n.isParent()) {
        const dims = n.layoutDimensions({ nodeDimensionsIncludeLabels: false });
        box.width = dims.w;
        box.height = dims.h;
      }
      boxes.set(n.id(), box);
    });
    const graph = { id: 'root', children: [], edges: [] };
    nodes.forEach((n) => {
      const parent = n.isChild() ? boxes.get(n.parent().id()) : graph;
      (parent.children = parent.children || []).push(boxes.get(n.id()));
    });
    edges.forEach((e) => graph.edges.push({ id: e.id(), source: e.data('source'), target: e.data('target') }));
    return graph;
  }

  // Moves the claims to where ELK put them: ELK gives each box's top-left corner within its parent box,
  // Cytoscape a node's centre in the drawing; compound nodes follow their children.
  _place(laidOut) {
    const positions = new Map();
    const walk = (box, x, y) => {
      for (const child of box.children || []) {
        const left = x + child.x;
        const top = y + child.y;
        if (child.children && child.children.length) walk(child, left, top);
        else positions.set(child.id, { x: left + child.width / 2, y: top + child.height / 2 });
      }
    };
    walk(laidOut, 0, 0);
    this.cy.batch(() => {
      for (const [id, position] of positions) {
        const node = this.cy.getElementById(id);
        if (node.nonempty() && !node.isParent()) node.position(position);
      }
    });
  }

  // Runs now if the layout is done, else once it is.
  _whenLaidOut(f) {
    if (this.cy && !this._laying) f();
    else if (this.cy) this._afterLayout.push(f);
  }

  _onZoom() {
    if (!this.cy || this._zoomQueued) return;
    this._zoomQueued = true;
    requestAnimationFrame(() => {
      this._zoomQueued = false;
      if (!this.cy) return;
      const zoom = this.cy.zoom();
      const far = zoom < FAR_ZOOM;
      const groups = this.cy.nodes('[kind = "group"]');
      this.cy.batch(() => {
        groups.toggleClass('far', far);
        // Group names keep about 16 px on screen however far one zooms out.
        groups.style('font-size', Math.max(18, Math.min(2000, 16 / zoom)));
      });
      this.dataset.far = String(far);
    });
  }

  _startMinimap() {
    // Detached before its layout ended: the minimap starts when the element is back in the page.
    if (!this._minimap.isConnected) return;
    this._minimap.replaceChildren();
    this._navigator = this.cy.navigator({
      container: `#${this._minimap.id}`,
      viewLiveFramerate: 0,
      thumbnailEventFramerate: 10,
      thumbnailLiveFramerate: false,
      dblClickDelay: 200,
      removeCustomContainer: false,
      rerenderDelay: 500,
    });
    // The thumbnail is drawn on Cytoscape's next 'render' event; the layout's own frames may be over by now.
    this.cy.forceRender();
  }

  /** Nodes of a claim's subtree: the arguments for it, their premises, what attacks them, and so on down. */
  _subtree(root) {
    const seen = new Set([root.id()]);
    const keep = root.ancestors().map((a) => a.id());
    const todo = [root];
    const out = [];
    while (todo.length) {
      const n = todo.pop();
      const next = n.incomers('edge').filter((e) => e.data('kind') !== 'premise').sources().toArray();
      if (n.data('kind') === 'argument') next.push(...n.children().toArray());
      for (const m of next) {
        if (seen.has(m.id()) || keep.includes(m.id())) continue;
        seen.add(m.id());
        out.push(m);
        todo.push(m);
      }
    }
    return out;
  }

  // Collapses a claim's subtree into it (shown as "[+n]"), or expands it again. The layout stays where it
  // is, so the reader's mental map of the rest holds.
  toggleCollapse(id) {
    this._whenLaidOut(() => {
      const node = this.cy.getElementById(id);
      if (node.empty()) return;
      if (node.hasClass('collapsed')) this._expand(node);
      else this._collapse(node);
      this._announcer.textContent = `${node.data('label')}: ${node.hasClass('collapsed') ? 'collapsed' : 'expanded'}`;
    });
  }

  _collapse(node) {
    const under = this._subtree(node).filter((m) => !m.hasClass('hidden'));
    if (under.length === 0) return;
    this.cy.batch(() => {
      under.forEach((m) => {
        const by = this._hiddenBy.get(m.id()) || new Set();
        by.add(node.id());
        this._hiddenBy.set(m.id(), by);
        m.addClass('hidden');
      });
      const claims = under.filter(isClaim).length;
      node.addClass('collapsed');
      node.data('collapsedCount', claims);
      node.data('h', boxHeight(`${node.data('label')}\n[+${claims}]`));
    });
    this._countVisible();
  }

  _expand(node) {
    this.cy.batch(() => {
      for (const [id, by] of this._hiddenBy) {
        if (!by.delete(node.id())) continue;
        if (by.size === 0) {
          this._hiddenBy.delete(id);
          this.cy.getElementById(id).removeClass('hidden');
        }
      }
      node.removeClass('collapsed');
      node.removeData('collapsedCount');
      node.data('h', boxHeight(node.data('label')));
    });
    this._countVisible();
  }

  expandAll() {
    this._whenLaidOut(() => {
      this.cy.nodes('.collapsed').forEach((n) => this._expand(n));
    });
  }

  _countVisible() {
    this.dataset.visibleClaims = String(this.cy.nodes().filter((n) => isClaim(n) && !n.hasClass('hidden')).length);
    this.dataset.collapsed = String(this.cy.nodes('.collapsed').length);
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

  // New data for nodes already drawn: Cytoscape restyles them (fill by strength, contested border, label)
  // where they stand, so the layout, zoom, pan and selection stay. A graph not drawn yet (its tab was never
  // shown) gets the new data into the drawing it is waiting for.
  restyle(json, description) {
    const nodes = JSON.parse(json);
    if (this._pending) {
      const d = JSON.parse(this._pending);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      d.nodes = d.nodes.map((n) => byId.get(n.id) || n);
      d.description = description;
      this._pending = JSON.stringify(d);
      return;
    }
    if (!this.cy) return;
    this.cy.batch(() =>
      nodes.forEach((n) => {
        const node = this.cy.getElementById(n.id);
        if (node.empty()) return;
        const { parent, ...data } = n;
        node.data(data);
        const count = node.data('collapsedCount');
        node.data('h', boxHeight(count ? `${n.label}\n[+${count}]` : n.label));
      }),
    );
    this._container.setAttribute('aria-label', description);
    this.dataset.contestedNodes = String(this.cy.nodes('[?contested]').length);
    this.dataset.restyled = String(nodes.length);
    this.dataset.restyledAt = String(Math.round(performance.now()));
  }

  // Selects and centres a node, without moving the others.
  select(id) {
    this._whenLaidOut(() => {
      const node = this.cy.getElementById(id);
      this.cy.nodes().removeClass('focus').unselect();
      if (node.nonempty() && node.visible()) {
        node.addClass('focus').select();
        this.cy.center(node);
      }
    });
  }

  // Shows a claim legibly: expands what hides it, selects it, and zooms in until its label is at least
  // FONT_SIZE × LEGIBLE_ZOOM pixels high on screen, centred.
  reveal(id) {
    this._whenLaidOut(() => {
      const node = this.cy.getElementById(id);
      if (node.empty()) return;
      for (const by of [...(this._hiddenBy.get(id) || [])]) this._expand(this.cy.getElementById(by));
      this.cy.nodes().removeClass('focus').unselect();
      node.addClass('focus').select();
      this.cy.zoom(Math.max(this.cy.zoom(), LEGIBLE_ZOOM));
      this.cy.center(node);
      this._keyboardNode = id;
      this.dataset.revealed = id;
      this.dataset.reveals = String((Number(this.dataset.reveals) || 0) + 1);
      this._announcer.textContent = node.data('label');
    });
  }

  _keyboardOrder() {
    return this.cy
      .nodes(':visible')
      .filter(isClaim)
      .sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'));
  }

  _onKey(e) {
    if (!this.cy || this._laying) return;
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
    } else if ((e.key === 'c' || e.key === 'C') && index >= 0) {
      this.toggleCollapse(order[index].id());
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
    if (this.cy) this.cy.fit(this.cy.elements(':visible'), 20);
  }

  // Downloads what is on screen, as drawn, in SVG (vector, for print) or PNG; with `whole`, the whole map
  // (every element not hidden, whatever the zoom), named "<map>-whole". The whole essay at twice the scale
  // would pass the largest canvas a browser draws, so a whole PNG is capped at 8000 px a side.
  exportSvg(whole = false) {
    if (!this.cy) return;
    const text = this.cy.svg({ full: !!whole, scale: 1, bg: '#ffffff' });
    this._download(new Blob([text], { type: 'image/svg+xml' }), `${this._fileName}${whole ? '-whole' : ''}.svg`);
  }

  exportPng(whole = false) {
    if (!this.cy) return;
    const options = whole
      ? { output: 'blob', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000, bg: '#ffffff' }
      : { output: 'blob', full: false, scale: 2, bg: '#ffffff' };
    this._download(this.cy.png(options), `${this._fileName}${whole ? '-whole' : ''}.png`);
  }

  // The header's Export menu: its tab has just been shown, so the graph may still be laying out; export
  // once it is drawn (at most a minute later).
  exportWhenDrawn(format, whole) {
    const started = performance.now();
    const attempt = () => {
      if (this.cy && this.dataset.renderedAt && !this._laying && this._container.offsetWidth > 0) {
        if (format === 'svg') this.exportSvg(whole);
        else this.exportPng(whole);
        this.dataset.exported = `${format}${whole ? '-whole' : ''}`;
      } else if (performance.now() - started < 60_000) {
        setTimeout(attempt, 100);
      }
    };
    attempt();
  }

  _download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    this.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

customElements.define('workspace-graph', WorkspaceGraph);

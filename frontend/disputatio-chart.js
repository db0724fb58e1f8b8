// A chart drawn by Chart.js. The server sends the whole Chart.js configuration as JSON; the element
// keeps the Chart instance on `this.chart`, so browser tests can read what was drawn.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class DisputatioChart extends HTMLElement {
  connectedCallback() {
    if (!this.canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this.canvas = document.createElement('canvas');
      this.canvas.setAttribute('role', 'img');
      this.appendChild(this.canvas);
    }
    this._draw();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = null;
  }

  /** Draws the chart anew; `description` is what a screen reader announces for the picture. */
  setConfig(json, description) {
    this.config = JSON.parse(json);
    this.description = description;
    this._draw();
  }

  _draw() {
    if (!this.isConnected || !this.canvas || !this.config) return;
    this.canvas.setAttribute('aria-label', this.description || '');
    this.canvas.textContent = this.description || '';
    this.chart?.destroy();
    const config = this.config;
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
    // A click on a bar tells the server which one (its index in the labels).
    config.options.onClick = (event, elements) => {
      if (elements.length > 0) {
        this.dispatchEvent(new CustomEvent('bar-click', { detail: { index: elements[0].index } }));
      }
    };
    this.chart = new Chart(this.canvas, config);
  }
}

customElements.define('disputatio-chart', DisputatioChart);

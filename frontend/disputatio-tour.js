// A short guided tour (driver.js). It runs once per browser: having been shown is remembered
// in localStorage under the key the server gives, and `start(…, true)` runs it again on request.
import { driver } from 'driver.js';
import 'driver.js/dist/driver.css';

class DisputatioTour extends HTMLElement {
  /** Starts the tour unless this browser has seen it; `force` starts it anyway. */
  start(json, key, force) {
    const tour = JSON.parse(json);
    if (!force && window.localStorage.getItem(key)) return;
    // Automated browsers get no first-visit tour, so its overlay does not stand in the way of every
    // end-to-end test; a test of the tour itself opts in with this localStorage entry.
    if (!force && navigator.webdriver && !window.localStorage.getItem('disputatio.tour.automated')) return;
    // A step points at the first shown element its selector matches, so a selector list can name the places a
    // thing may be (the claim panel, or while its sheet is closed the button that opens it). Steps with no
    // shown element are left out rather than shown unanchored. "Shown" is read from the `hidden` attribute
    // that the server's setVisible(false) sets, not from the layout, which web components may not have drawn yet.
    const shown = (selector) => [...document.querySelectorAll(selector)].find((el) => !el.closest('[hidden]'));
    const steps = tour.steps
      .map((s) => ({ target: s.element ? shown(s.element) : undefined, step: s }))
      .filter(({ target, step }) => !step.element || target)
      .map(({ target, step }) => ({ element: target, popover: { title: step.title, description: step.description } }));
    if (steps.length === 0) return;
    // Remembered as soon as it is shown: a first-visit tour is shown once, however it ends (driver.js's
    // onDestroyed did not run when the tour was closed in the production bundle).
    window.localStorage.setItem(key, 'seen');
    this.driver?.destroy();
    this.driver = driver({
      showProgress: true,
      allowClose: true,
      overlayOpacity: 0.4,
      nextBtnText: tour.next,
      prevBtnText: tour.previous,
      doneBtnText: tour.done,
      progressText: tour.progress,
      steps,
      onDestroyed: () => {
        this.dispatchEvent(new CustomEvent('tour-ended'));
      },
    });
    this.driver.drive();
  }
}

customElements.define('disputatio-tour', DisputatioTour);

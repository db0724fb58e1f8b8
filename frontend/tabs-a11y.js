// vaadin-tabs (Vaadin 25.2) renders its scroll area as <div id="scroll" part="tabs" tabindex="-1"> inside
// the role="tablist" host. A focusable element that is not a tab inside a tablist breaks the ARIA tabs
// pattern (axe: aria-required-children, critical), and screen readers announce an unnamed group. The tabs
// themselves are reached with the arrow keys (roving tabindex), so the scroll area need not be focusable.
customElements.whenDefined('vaadin-tabs').then(() => {
  const Tabs = customElements.get('vaadin-tabs');
  const unfocusable = (tabs) => tabs.shadowRoot?.querySelector('#scroll')?.removeAttribute('tabindex');
  const firstUpdated = Tabs.prototype.firstUpdated;
  Tabs.prototype.firstUpdated = function (...args) {
    if (firstUpdated) firstUpdated.apply(this, args);
    unfocusable(this);
  };
  document.querySelectorAll('vaadin-tabs, vaadin-tabsheet > vaadin-tabs').forEach(unfocusable);
});

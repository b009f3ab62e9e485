// The colour theme of every page: follows the system (prefers-color-scheme) until the listener
// picks one with the header's toggle, which is then kept in localStorage. A classic script loaded
// in <head>, so the page never flashes in the wrong theme.
(function theme() {
  const KEY = 'podcastqa.theme';
  const root = document.documentElement;
  const system = window.matchMedia('(prefers-color-scheme: dark)');

  function chosen() {
    try {
      const value = window.localStorage.getItem(KEY);
      return value === 'dark' || value === 'light' ? value : null;
    } catch {
      return null; // storage blocked: follow the system
    }
  }

  function current() {
    return chosen() ?? (system.matches ? 'dark' : 'light');
  }

  function apply() {
    root.dataset.theme = current();
    const toggle = document.getElementById('theme-toggle');
    if (toggle) toggle.setAttribute('aria-pressed', String(current() === 'dark'));
  }

  apply();
  system.addEventListener('change', apply);
  document.addEventListener('DOMContentLoaded', () => {
    apply();
    document.getElementById('theme-toggle')?.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      try {
        window.localStorage.setItem(KEY, next);
      } catch {
        // not kept; the page still switches
      }
      apply();
    });
  });
})();

// Registers /sw.js once the page has loaded, so it never delays the first paint on a slow network.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No service worker (e.g. in `astro dev`): the site still works online.
    });
  });
}

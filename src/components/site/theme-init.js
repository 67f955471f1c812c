// Applies the stored or system theme before first paint (no flash). Inlined render-blocking into every <head>;
// astro.config.mjs adds its SHA-256 to the Content-Security-Policy, so keep it in this one file.
(function () {
  var stored = null;
  try { stored = localStorage.getItem('ec2lab:theme'); } catch (e) {}
  var theme = stored === 'dark' || stored === 'light' ? stored : (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  document.documentElement.dataset.theme = theme;
})();

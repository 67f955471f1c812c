// Loads an interactive tool's module only when one of its elements comes near the viewport (or is focused or
// touched first), so a lesson that embeds a tool further down stays light until the learner reaches it.
// Tool pages import the same module statically, so there it is part of the page from the start.
export function loadWhenNear(tag: string, load: () => Promise<unknown>): void {
  const elements = [...document.querySelectorAll<HTMLElement>(tag)];
  if (elements.length === 0) return;
  let started = false;
  let observer: IntersectionObserver | null = null;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    void load();
  };
  if (!('IntersectionObserver' in window)) {
    start();
    return;
  }
  observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) start();
  }, { rootMargin: '800px 0px' });
  for (const element of elements) {
    observer.observe(element);
    element.addEventListener('focusin', start, { once: true });
    element.addEventListener('pointerenter', start, { once: true });
  }
}

// <zoom-figure>: keeps diagram labels readable on phones and opens a figure full screen.
// - A diagram without a phone drawing gets a minimum width at which its smallest label renders at 12 CSS px
//   (the figure then scrolls sideways rather than shrinking the text).
// - "크게 보기" opens one shared <dialog> with a copy of the figure: pinch-zoom on touch, 확대/축소 buttons and
//   + / - keys, Esc or 닫기 to close; focus returns to the button. Without JavaScript the figure's "크게 보기" link
//   opens it at :target instead (Figure.astro).

const MIN_LABEL_PX = 12;

/** Smallest label font size of an SVG in its own units, and its viewBox width. */
function labelScale(svg: SVGSVGElement): { minFont: number; width: number } | null {
  const width = svg.viewBox.baseVal?.width;
  if (!width) return null;
  const sizes = [...svg.querySelectorAll('text, tspan')]
    .filter((t) => (t.textContent ?? '').trim() !== '')
    .map((t) => Number.parseFloat(t.getAttribute('font-size') ?? '') || Number.parseFloat(getComputedStyle(t).fontSize))
    .filter((n) => Number.isFinite(n) && n > 0);
  if (sizes.length === 0) return null;
  return { minFont: Math.min(...sizes), width };
}

function keepLabelsReadable(root: HTMLElement): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>('.figure-wide > svg, .figure-wide svg[viewBox]')) {
    const scale = labelScale(svg);
    if (!scale) continue;
    svg.style.minInlineSize = `${Math.ceil((scale.width * MIN_LABEL_PX) / scale.minFont)}px`;
  }
}

let dialog: HTMLDialogElement | null = null;
let zoom = 1;

function ensureDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'figure-dialog';
  dialog.setAttribute('aria-labelledby', 'figure-dialog-title');
  dialog.innerHTML = `
    <div class="figure-dialog-bar">
      <p id="figure-dialog-title" class="figure-dialog-title"></p>
      <div class="figure-dialog-actions">
        <button type="button" class="button" data-zoom-step="-1" aria-label="축소">−</button>
        <button type="button" class="button" data-zoom-step="1" aria-label="확대">+</button>
        <button type="button" class="button" data-close>닫기</button>
      </div>
    </div>
    <div class="figure-dialog-body" tabindex="0" role="region" aria-label="그림 확대 보기"></div>`;
  document.body.append(dialog);
  const body = dialog.querySelector<HTMLElement>('.figure-dialog-body');
  const apply = () => body?.style.setProperty('--figure-zoom', String(zoom));
  dialog.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target === dialog || target.closest('[data-close]')) dialog?.close();
    const step = target.closest<HTMLElement>('[data-zoom-step]')?.dataset.zoomStep;
    if (step) { zoom = Math.min(4, Math.max(1, zoom + Number(step) * 0.5)); apply(); }
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === '+' || event.key === '=') { zoom = Math.min(4, zoom + 0.5); apply(); }
    if (event.key === '-') { zoom = Math.max(1, zoom - 0.5); apply(); }
  });
  return dialog;
}

function open(figure: HTMLElement, opener: HTMLButtonElement): void {
  const d = ensureDialog();
  const body = d.querySelector<HTMLElement>('.figure-dialog-body');
  const title = d.querySelector<HTMLElement>('.figure-dialog-title');
  const source = figure.querySelector<HTMLElement>('.figure-wide');
  if (!body || !title || !source) return;
  // A copy without ids: the page keeps the only elements those ids name (markers still resolve to them).
  const copy = source.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const el of copy.querySelectorAll('[aria-labelledby]')) {
    const label = el.querySelector('title')?.textContent ?? '';
    el.removeAttribute('aria-labelledby');
    if (label) el.setAttribute('aria-label', label);
  }
  for (const el of copy.querySelectorAll<HTMLElement>('[tabindex], [role="region"]')) { el.removeAttribute('tabindex'); el.removeAttribute('role'); el.removeAttribute('aria-label'); }
  for (const svg of copy.querySelectorAll<SVGElement>('svg')) svg.style.minInlineSize = '';
  copy.className = 'figure-dialog-content';
  body.replaceChildren(copy);
  title.textContent = figure.querySelector('.figure-caption')?.textContent ?? '';
  zoom = 1;
  body.style.setProperty('--figure-zoom', '1');
  d.addEventListener('close', () => opener.focus(), { once: true });
  d.showModal();
  d.querySelector<HTMLElement>('[data-close]')?.focus();
}

/** A diagram wider than the screen scrolls: it then needs a keyboard stop, a name and a visible hint. */
function markOverflow(root: HTMLElement): void {
  const wide = root.querySelector<HTMLElement>('.figure-wide');
  const caption = root.querySelector('.figure-caption')?.textContent ?? '그림';
  if (!wide || !('ResizeObserver' in window)) return;
  new ResizeObserver(() => {
    const overflowing = wide.scrollWidth > wide.clientWidth + 1;
    root.toggleAttribute('data-overflowing', overflowing);
    if (overflowing) {
      wide.tabIndex = 0;
      wide.setAttribute('role', 'region');
      wide.setAttribute('aria-label', `${caption} (옆으로 스크롤)`);
    } else {
      wide.removeAttribute('tabindex');
      wide.removeAttribute('role');
      wide.removeAttribute('aria-label');
    }
  }).observe(wide);
}

class ZoomFigure extends HTMLElement {
  connectedCallback(): void {
    keepLabelsReadable(this);
    markOverflow(this);
    const button = this.querySelector<HTMLButtonElement>('[data-zoom]');
    const figure = this.querySelector<HTMLElement>('figure');
    if (!button || !figure || typeof HTMLDialogElement !== 'function') return;
    // The dialog replaces the link that opens the figure at :target (the view that works without JavaScript).
    const link = this.querySelector<HTMLAnchorElement>('[data-zoom-link]');
    if (link) link.hidden = true;
    button.hidden = false;
    button.disabled = false;
    button.addEventListener('click', () => open(figure, button));
  }
}
if (!customElements.get('zoom-figure')) customElements.define('zoom-figure', ZoomFigure);

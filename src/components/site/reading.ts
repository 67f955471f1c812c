// Behaviour for what src/lib/markdown/rehype-reading.ts writes into lessons: the copy button of code blocks and the
// "옆으로 밀어서 더 보기" hint of tables that overflow. Both are enhancements: without this script code is still
// selectable and tables still scroll.

class CodeBlock extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    const code = this.querySelector('pre');
    if (!button || !code || !('clipboard' in navigator)) return;
    const label = button.querySelector('.code-block-copy-label');
    button.disabled = false;
    button.setAttribute('aria-label', '코드 복사');
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        if (label) label.textContent = '복사됨';
        if (status) status.textContent = '복사됨';
      } catch {
        if (status) status.textContent = '복사하지 못했습니다. 코드를 직접 선택해 복사하십시오.';
      }
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (label) label.textContent = '복사';
        if (status) status.textContent = '';
      }, 2000);
    });
  }
}
if (!customElements.get('code-block')) customElements.define('code-block', CodeBlock);

// Shows a table's hint only while it is wider than its scroller.
const scrollers = document.querySelectorAll<HTMLElement>('.table-scroll');
if (scrollers.length > 0 && 'ResizeObserver' in window) {
  const observer = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const el = target as HTMLElement;
      el.parentElement?.toggleAttribute('data-overflowing', el.scrollWidth > el.clientWidth + 1);
    }
  });
  for (const el of scrollers) observer.observe(el);
}

// A custom element that looks up its own required parts: `this.$('[data-x]')` returns the element or throws,
// naming the element and the selector (a missing part is a markup bug, not user input). Shared by <quiz-app> and
// <exam-app>.
export class QueryElement extends HTMLElement {
  protected $<T extends HTMLElement = HTMLElement>(sel: string): T {
    const el = this.querySelector<T>(sel);
    if (!el) throw new Error(`${this.localName}: ${sel} 요소가 없습니다`);
    return el;
  }
}

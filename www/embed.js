// jianxi embed loader: <script src=".../www/embed.js" data-tool="check" data-province="henan"></script>
// inserts the tool in its place; <jianxi-check> and <jianxi-calculator> do the same as elements.
// The tool runs in an iframe inside a shadow root, so host styles cannot reach it and
// its styles cannot leak out; the engine loads only when the tool scrolls into view.
// Only the tool's height crosses between the two pages, checked by origin.
(() => {
  const me = document.currentScript;
  const base = new URL('./', me ? me.src : location.href);
  const pages = { check: 'index.html', calculator: 'employer.html' };
  // policies: the host's own data file, a path on the tool's site (passed to the page as ?data=).
  const keys = { province: 'p', tier: 't', lang: 'lang', accent: 'accent', policies: 'data' };

  class Tool extends HTMLElement {
    static get observedAttributes() { return ['province', 'tier', 'lang', 'accent', 'title', 'policies']; }
    connectedCallback() { this.render(); }
    attributeChangedCallback() { if (this.frame) this.render(); }
    render() {
      const url = new URL(pages[this.tool], base);
      for (const [a, k] of Object.entries(keys)) {
        const v = this.getAttribute(a);
        if (v) url.searchParams.set(k, a === 'accent' ? v.replace(/^#/, '') : v);
      }
      url.searchParams.set('embed', '1');
      if (!this.frame) {
        const root = this.attachShadow({ mode: 'closed' });
        // A constructed style sheet: hosts whose CSP forbids inline <style> still allow it.
        const css = ':host{all:initial;display:block!important}div{display:block;width:100%;min-width:280px}iframe{display:block;width:100%;height:480px;border:0;margin:0;padding:0;background:#fff}';
        let style = null;
        try { const sheet = new CSSStyleSheet(); sheet.replaceSync(css); root.adoptedStyleSheets = [sheet]; } catch { style = document.createElement('style'); style.textContent = css; }
        const box = document.createElement('div');
        this.frame = document.createElement('iframe');
        this.frame.loading = 'lazy';
        this.frame.referrerPolicy = 'no-referrer';
        box.append(this.frame);
        root.append(...(style ? [style] : []), box);
        addEventListener('message', (e) => {
          if (e.origin !== base.origin || e.source !== this.frame.contentWindow) return;
          const h = e.data && e.data.type === 'jianxi:height' && Number(e.data.height);
          if (h > 0 && h < 20000) this.frame.style.height = `${Math.ceil(h)}px`;
        });
      }
      this.frame.title = this.getAttribute('title') || (this.tool === 'check' ? '就业见习资格自测' : '就业见习补贴测算');
      this.frame.src = url.toString();
    }
  }
  for (const [tool, name] of [['check', 'jianxi-check'], ['calculator', 'jianxi-calculator']]) {
    if (!customElements.get(name)) customElements.define(name, class extends Tool { get tool() { return tool; } });
  }
  if (me && me.dataset.tool) {
    const el = document.createElement(me.dataset.tool === 'calculator' ? 'jianxi-calculator' : 'jianxi-check');
    for (const a of ['province', 'tier', 'lang', 'accent', 'title', 'policies']) if (me.dataset[a]) el.setAttribute(a, me.dataset[a]);
    me.after(el);
  }
})();

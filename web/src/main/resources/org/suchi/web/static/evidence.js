'use strict';
/* The page images of a report with its evidence boxes drawn over them; shared by the document view and the report page. */
window.SuchiEvidence = {
  /** Every value with evidence: {row (null = the cover letter), field, ev, value, holder}. */
  entries(r) {
    const out = [];
    const d = r.document || {};
    for (const [f, ev] of Object.entries(d.evidence || {})) out.push({row: null, field: f, ev, value: d[f], holder: d});
    (r.rows || []).forEach((row, i) => {
      for (const [f, ev] of Object.entries(row.evidence || {})) {
        const value = f.split('.').reduce((o, k) => o == null ? null : o[k], row);
        out.push({row: i, field: f, ev, value, holder: row});
      }
    });
    return out;
  },
  itemId(sha, e) { return `${sha}-${e.row == null ? 'd' : e.row}-${e.field}`; },
  /** Draws the pages into container; onBox(e, button) runs on a click. Returns [[button, entry]]. */
  draw(container, sha, report, onBox) {
    container.innerHTML = '';
    const all = SuchiEvidence.entries(report);
    const boxes = [];
    for (let p = 1; p <= ((report.source || {}).pages || 1); p++) {
      const div = document.createElement('div');
      div.className = 'page';
      div.innerHTML = `<img alt="page ${p}" src="/api/reports/${sha}/pages/${p}.png?dpi=100">`;
      for (const e of all.filter(e => e.ev && e.ev.page === p && Array.isArray(e.ev.box))) {
        const [x0, y0, x1, y1] = e.ev.box;
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'box ' + Suchi.confClass(e.ev.confidence, !!e.ev.reviewed);
        b.style.left = (x0 * 100) + '%'; b.style.top = (y0 * 100) + '%';
        b.style.width = ((x1 - x0) * 100) + '%'; b.style.height = ((y1 - y0) * 100) + '%';
        b.title = `${e.field}: ${Suchi.fmt(e.value)}`;
        b.setAttribute('aria-label', b.title);
        b.dataset.id = SuchiEvidence.itemId(sha, e);
        b.onclick = () => onBox(e, b);
        div.append(b);
        boxes.push([b, e]);
      }
      container.append(div);
    }
    return {all, boxes};
  }
};

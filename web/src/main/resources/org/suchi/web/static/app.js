// Suchi web application: shared helpers (no framework; every page is plain HTML + this file).
'use strict';
const Suchi = (() => {
  const NAV = [['search', 'খুঁজুন · Search'], ['review', 'পর্যালোচনা · Review'], ['compare', 'তুলনা · Compare'],
               ['upload', 'আপলোড · Upload']];
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
  const params = () => new URLSearchParams(location.search);
  let me = null;

  async function api(path, opts = {}) {
    const o = Object.assign({credentials: 'same-origin', headers: {}}, opts);
    if (o.json !== undefined) {
      o.method = o.method || 'POST';
      o.headers['Content-Type'] = 'application/json';
      o.body = JSON.stringify(o.json);
      delete o.json;
    }
    const r = await fetch(path, o);
    let body = null;
    const type = r.headers.get('Content-Type') || '';
    if (type.includes('json')) body = await r.json();
    if (r.status === 401 && !path.endsWith('/api/login')) {
      location.href = '/login?next=' + encodeURIComponent(location.pathname + location.search + location.hash);
      throw new Error('sign in first');
    }
    if (!r.ok) {
      const e = new Error((body && body.message) || ('HTTP ' + r.status));
      e.status = r.status; e.body = body;
      throw e;
    }
    return body;
  }

  async function header(active) {
    const h = document.createElement('header');
    h.className = 'top';
    h.innerHTML = '<a class="brand" href="/search" lang="bn">সূচি Suchi</a><nav aria-label="main">' +
      NAV.map(([p, t]) => `<a href="/${p}" class="${p === active ? 'on' : ''}"${p === active ? ' aria-current="page"' : ''}>${esc(t)}</a>`).join('') +
      '</nav><div class="who" id="who"></div>';
    document.body.prepend(h);
    if (active === 'login') return null;
    me = await api('/api/me');
    document.getElementById('who').innerHTML = `${esc(me.user)} <span class="tag">${esc(me.role)}</span>` +
      '<button type="button" id="logout">প্রস্থান · Sign out</button>';
    document.getElementById('logout').onclick = async () => { await api('/api/logout', {json: {}}); location.href = '/login'; };
    return me;
  }

  function fmt(v) {
    if (v === null || v === undefined) return '—';
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }

  // a box [x0,y0,x1,y1] (fractions of the page) of a page image drawn into `holder` with a margin, scaled to fit
  function crop(holder, src, box, margin = 0.02) {
    holder.innerHTML = '';
    // the previous value's image is gone: it no longer says "loaded" (a reader waiting for it would see the new one empty)
    delete holder.dataset.loaded;
    if (!src || !box) {
      holder.innerHTML = '<div class="nocrop">এই মানের জন্য স্ক্যানের অবস্থান নেই · no evidence box for this value</div>';
      return null;
    }
    const img = new Image();
    img.alt = 'scan at the value';
    img.decoding = 'async';
    const mark = document.createElement('div');
    mark.className = 'mark';
    img.onload = () => {
      const W = img.naturalWidth, H = img.naturalHeight;
      const x0 = Math.max(0, box[0] - margin * 2), x1 = Math.min(1, box[2] + margin * 2);
      const y0 = Math.max(0, box[1] - margin), y1 = Math.min(1, box[3] + margin);
      const cw = holder.clientWidth, ch = holder.clientHeight;
      const scale = Math.min(cw / ((x1 - x0) * W), ch / ((y1 - y0) * H), 3);
      const ox = (cw - (x1 - x0) * W * scale) / 2, oy = (ch - (y1 - y0) * H * scale) / 2;
      img.style.width = (W * scale) + 'px';
      img.style.height = (H * scale) + 'px';
      img.style.left = (ox - x0 * W * scale) + 'px';
      img.style.top = (oy - y0 * H * scale) + 'px';
      mark.style.left = (ox + (box[0] - x0) * W * scale - 2) + 'px';
      mark.style.top = (oy + (box[1] - y0) * H * scale - 2) + 'px';
      mark.style.width = ((box[2] - box[0]) * W * scale + 4) + 'px';
      mark.style.height = ((box[3] - box[1]) * H * scale + 4) + 'px';
      holder.dataset.loaded = '1';
    };
    img.onerror = () => { holder.innerHTML = '<div class="nocrop">স্ক্যান পাওয়া যায়নি · the page image is not available</div>'; };
    img.src = src;
    holder.append(img, mark);
    return img;
  }

  function confClass(c, reviewed) {
    if (reviewed) return 'reviewed';
    if (c == null) return 'mid';
    return c >= 0.9 ? 'hi' : c >= 0.7 ? 'mid' : 'lo';
  }

  function snippet(s) {
    return esc(s).replace(/«/g, '<mark>').replace(/»/g, '</mark>');
  }

  return {api, header, esc, params, fmt, crop, confClass, snippet, get me() { return me; }};
})();

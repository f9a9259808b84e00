// The REST API of this server, from the console: HTTP Basic (Account SID + Auth Token) or a
// capability token in X-Twilio-Token. Form-encoded requests, Twilio's JSON answers and errors.

/** A failed call: `status` (HTTP), `code` (Twilio error number), `message`. */
export class ApiError extends Error {
  constructor(status, body, fallback) {
    super((body && body.message) || fallback || `HTTP ${status}`);
    this.status = status;
    this.code = body && body.code;
    this.moreInfo = body && body.more_info;
  }
}

/** `{A: 1, B: [x, y], C: {…}}` → `A=1&B=x&B=y&C=<json>`; null and undefined are left out. */
export function formEncode(params = {}) {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) value.forEach((v) => form.append(key, String(v)));
    else if (typeof value === 'object') form.append(key, JSON.stringify(value));
    else form.append(key, String(value));
  }
  return form;
}

export class Api {
  /** `credentials`: {accountSid, authToken} or {token}. `base`: the server's `/v1` URL. */
  constructor(credentials, base = new URL('../v1', location.href).href) {
    this.credentials = credentials;
    this.base = base.replace(/\/$/, '');
  }

  headers() {
    const c = this.credentials;
    if (c.token) return { 'X-Twilio-Token': c.token };
    return { Authorization: `Basic ${btoa(`${c.accountSid}:${c.authToken}`)}` };
  }

  /** A path below /v1 (`/Workspaces`), or an absolute URL from a `meta` link (re-rooted on this server). */
  url(path, query) {
    let url;
    if (/^https?:/.test(path)) {
      const absolute = new URL(path);
      url = new URL(this.base + absolute.pathname.replace(/^\/v1/, '') + absolute.search);
    } else {
      url = new URL(this.base + path);
    }
    if (query) for (const [k, v] of formEncode(query)) url.searchParams.append(k, v);
    return url.href;
  }

  async request(method, path, { query, form } = {}) {
    // credentials 'omit': the browser's own login dialog must never answer a 401 (WWW-Authenticate: Basic);
    // the Authorization header set here is still sent.
    const init = { method, headers: this.headers(), cache: 'no-store', credentials: 'omit' };
    if (form) {
      init.body = formEncode(form);
      init.headers['Content-Type'] = 'application/x-www-form-urlencoded';
    }
    let response;
    try {
      response = await fetch(this.url(path, query), init);
    } catch (error) {
      throw new ApiError(0, null, `The server did not answer (${error.message}).`);
    }
    const text = await response.text();
    let body = null;
    if (text) {
      try { body = JSON.parse(text); } catch { body = null; }
    }
    if (!response.ok) throw new ApiError(response.status, body, response.statusText);
    return body;
  }

  get(path, query) { return this.request('GET', path, { query }); }
  post(path, form) { return this.request('POST', path, { form }); }
  delete(path) { return this.request('DELETE', path); }

  /** Every item of a list, following `meta.next_page_url` (at most `limit` items). */
  async list(path, query = {}, limit = 5000) {
    const items = [];
    let page = await this.get(path, { PageSize: 1000, ...query });
    for (;;) {
      items.push(...(page[page.meta.key] || []));
      if (!page.meta.next_page_url || items.length >= limit) return items;
      page = await this.get(page.meta.next_page_url);
    }
  }
}

// Who is signed in: Account SID + Auth Token, or a pasted capability token. Kept in sessionStorage
// (this browser tab only; gone when the tab closes) and never sent anywhere but this server.

import { Api } from './api.mjs';
import { mintWorkspaceToken, readToken, secondsLeft } from './capability.mjs';

const KEY = 'switchboard.console.credentials';

export class Session {
  constructor(storage = globalThis.sessionStorage) {
    this.storage = storage;
    this.credentials = null;
    this.minted = new Map();
    try {
      const saved = JSON.parse(storage.getItem(KEY) || 'null');
      if (saved && (saved.token || (saved.accountSid && saved.authToken))) this.credentials = saved;
    } catch { /* nothing saved */ }
  }

  get signedIn() { return !!this.credentials; }
  get usesToken() { return !!(this.credentials && this.credentials.token); }
  get api() { return new Api(this.credentials); }

  /** The account: from the Basic credentials or the token's claims. */
  get accountSid() {
    if (!this.credentials) return null;
    return this.usesToken ? readToken(this.credentials.token).account_sid : this.credentials.accountSid;
  }

  /** With a capability token, the one workspace it is for; otherwise null (all of the account's). */
  get tokenWorkspace() { return this.usesToken ? readToken(this.credentials.token).workspace_sid : null; }

  /** Checks the credentials against the server, then keeps them. Throws with a readable message. */
  async signIn(credentials) {
    const api = new Api(credentials);
    if (credentials.token) {
      const claims = readToken(credentials.token);
      if (secondsLeft(claims) <= 0) throw new Error('This token has expired; make a new one.');
      await api.get(`/Workspaces/${claims.workspace_sid}`).catch((error) => {
        throw new Error(error.status === 401 || error.status === 403
          ? `The server refused this token (${error.status}): ${error.message}. It needs a GET policy for its workspace.`
          : error.message);
      });
    } else {
      if (!/^AC[0-9a-fA-F]{32}$/.test(credentials.accountSid)) throw new Error('An Account SID is AC followed by 32 hex digits.');
      await api.get('/Workspaces', { PageSize: 1 }).catch((error) => {
        throw new Error(error.status === 401 ? 'Wrong Account SID or Auth Token.' : error.message);
      });
    }
    this.credentials = credentials;
    this.minted.clear();
    this.storage.setItem(KEY, JSON.stringify(credentials));
  }

  signOut() {
    this.credentials = null;
    this.minted.clear();
    this.storage.removeItem(KEY);
  }

  /**
   * A capability token for the event bridge of `workspaceSid`: minted here (signed with the Auth
   * Token, valid one hour, renewed when less than five minutes are left), or the pasted token.
   */
  bridgeToken(workspaceSid) {
    if (this.usesToken) {
      if (readToken(this.credentials.token).workspace_sid !== workspaceSid) throw new Error('The signed-in token is for another workspace.');
      return this.credentials.token;
    }
    const cached = this.minted.get(workspaceSid);
    if (cached && secondsLeft(readToken(cached)) > 300) return cached;
    const token = mintWorkspaceToken({ accountSid: this.credentials.accountSid, authToken: this.credentials.authToken, workspaceSid });
    this.minted.set(workspaceSid, token);
    return token;
  }
}

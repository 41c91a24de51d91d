// Shared settings and helpers for the e2e tests. deploy/scripts/e2e.sh sets the URLs; the defaults match it.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const APP_URL = (process.env.APP_URL ?? 'http://localhost:18081').replace(/\/$/, '');
export const KC_URL = (process.env.KC_URL ?? 'http://localhost:18180').replace(/\/$/, '');
export const REALM = 'clearance';
export const ISSUER = `${KC_URL}/realms/${REALM}`;
export const TOKEN_URL = `${ISSUER}/protocol/openid-connect/token`;
export const TEST_CLIENT = { id: 'clearance-test', secret: 'clearance-test-secret' };
/** Every HTTP call of the tests gives up after this (Node's fetch would wait 300 s for headers). */
export const HTTP_TIMEOUT_MS = 30_000;
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? path.join(e2eDir, 'target', 'screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });

/** The Clearance roles (CONTRACTS.md); Keycloak adds default roles the app must ignore. */
export const CLEARANCE_ROLES = ['analyst', 'security-reviewer', 'legal-reviewer', 'auditor', 'admin'];

/** Demo users of deploy/keycloak/clearance-realm.json: password is username + "-pw". */
export const USERS = {
  alice: { name: 'Alice Analyst', roles: ['analyst'] },
  sam: { name: 'Sam Security', roles: ['security-reviewer'] },
  lee: { name: 'Lee Legal', roles: ['legal-reviewer'] },
  audrey: { name: 'Audrey Auditor', roles: ['auditor'] },
  adam: { name: 'Adam Admin', roles: ['admin'] },
  dana: { name: 'Dana Dual', roles: ['analyst', 'legal-reviewer'] },
};
export const password = (username) => `${username}-pw`;

/** Resource Owner Password grant on the confidential test client; returns Keycloak's JSON response. */
export async function passwordGrant(username, pw = password(username), client = TEST_CLIENT) {
  const body = new URLSearchParams({ grant_type: 'password', client_id: client.id, username, password: pw, scope: 'openid' });
  if (client.secret) body.set('client_secret', client.secret);
  const res = await fetch(TOKEN_URL, { method: 'POST', body, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  return { status: res.status, json: await res.json() };
}

const tokenCache = new Map();
/** An access token for a demo user (cached for the test process; tokens live 300 s). */
export async function tokenFor(username) {
  if (!tokenCache.has(username)) {
    const { status, json } = await passwordGrant(username);
    if (status !== 200) throw new Error(`token for ${username}: HTTP ${status} ${JSON.stringify(json)}`);
    tokenCache.set(username, json.access_token);
  }
  return tokenCache.get(username);
}

export function decodeJwt(jwt) {
  const [, payload] = jwt.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

/** fetch against the app; `user` adds a bearer token; `json` sends a JSON body. */
export async function api(method, pathname, { user, json, headers = {} } = {}) {
  const h = { accept: 'application/json, application/problem+json', ...headers };
  if (user) h.authorization = `Bearer ${await tokenFor(user)}`;
  let body;
  if (json !== undefined) {
    h['content-type'] = 'application/json';
    body = JSON.stringify(json);
  }
  const res = await fetch(`${APP_URL}${pathname}`, { method, headers: h, body, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  const text = await res.text();
  let parsed;
  try { parsed = text ? JSON.parse(text) : undefined; } catch { parsed = undefined; }
  return { status: res.status, headers: res.headers, contentType: res.headers.get('content-type') ?? '', body: parsed, text };
}

/** A vendor name no earlier run used. */
export const uniqueName = (prefix) => `${prefix} ${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${Math.random().toString(36).slice(2, 6)}`;

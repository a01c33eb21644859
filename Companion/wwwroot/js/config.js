// The maker's configuration (companion.config.json next to the page, documented in Companion/README.md),
// loaded and checked once at start. A bad file stops the page with a message naming the key, so a maker
// finds the mistake before a customer does.

import { isAsciiWithoutBlanks } from './fields.js';

export const CONFIG_FILE = 'companion.config.json';

export class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Loads and checks the config; throws ConfigError with a plain message. */
export async function loadConfig(pageOrigin) {
  let response;
  try {
    response = await fetch(CONFIG_FILE, { cache: 'no-store', credentials: 'omit' });
  } catch {
    throw new ConfigError(`The page could not load its settings (${CONFIG_FILE}). Check the connection and reload the page.`);
  }
  if (!response.ok) {
    throw new ConfigError(`The page's settings file ${CONFIG_FILE} is missing (HTTP ${response.status}). It must sit next to index.html.`);
  }
  let raw;
  try {
    raw = await response.json();
  } catch {
    throw new ConfigError(`The page's settings file ${CONFIG_FILE} is not valid JSON.`);
  }
  return validateConfig(raw, pageOrigin);
}

/** The checked config: { clientId, returnUrl, authorizeUrl, testDevice, webAppUrl (string or null) }. */
export function validateConfig(raw, pageOrigin) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`${CONFIG_FILE} must hold one JSON object.`);
  }
  const problem = (key, text) => new ConfigError(`${CONFIG_FILE}: "${key}" ${text}`);

  const clientId = raw.clientId;
  if (typeof clientId !== 'string' || clientId.length < 1 || clientId.length > 128 || !isAsciiWithoutBlanks(clientId)) {
    throw problem('clientId', 'must be the LWA client ID of your security profile (1 to 128 characters without spaces, e.g. amzn1.application-oa2-client.…).');
  }

  const returnUrl = webUrl(raw.returnUrl);
  if (!returnUrl || raw.returnUrl.length > 512 || !isAsciiWithoutBlanks(raw.returnUrl) || raw.returnUrl.includes('#')) {
    throw problem('returnUrl', 'must be the absolute https URL of callback.html (http only on 127.0.0.1 or localhost), without #, at most 512 characters, exactly as allowed in your LWA security profile.');
  }
  if (returnUrl.origin !== pageOrigin) {
    throw problem('returnUrl', `must be on this page's own origin (${pageOrigin}), so the sign-in result can come back to this page; it is on ${returnUrl.origin}.`);
  }

  const authorizeUrl = webUrl(raw.authorizeUrl);
  if (!authorizeUrl || raw.authorizeUrl.includes('#')) {
    throw problem('authorizeUrl', 'must be the absolute https URL of the LWA authorization page (e.g. https://www.amazon.com/ap/oa; http only on 127.0.0.1 or localhost).');
  }

  if (typeof raw.testDevice !== 'boolean') {
    throw problem('testDevice', 'must be true (orders are test orders, nothing is shipped) or false.');
  }

  let webAppUrl = null;
  if (raw.webAppUrl !== undefined && raw.webAppUrl !== null) {
    const url = webUrl(raw.webAppUrl);
    if (!url || raw.webAppUrl.includes('#') || raw.webAppUrl.includes('?')) {
      throw problem('webAppUrl', 'must be null, or the absolute https URL of your web application (http only on 127.0.0.1 or localhost), without ? or #.');
    }
    webAppUrl = raw.webAppUrl.replace(/\/+$/, '');
  }

  return Object.freeze({ clientId, returnUrl: raw.returnUrl, authorizeUrl: raw.authorizeUrl, testDevice: raw.testDevice, webAppUrl });
}

/** The URL when it is absolute https, or http on the loopback host (a secure context); otherwise null. */
function webUrl(value) {
  if (typeof value !== 'string') {
    return null;
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    return url;
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  return url.protocol === 'http:' && loopback ? url : null;
}

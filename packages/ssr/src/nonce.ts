// A nonce-source's value, as Content-Security-Policy writes it (base64 or base64url).
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The nonce when it is one a policy can name; throws a TypeError otherwise (a caller's mistake). */
export function checkNonce(nonce: string | undefined): string | undefined {
  if (nonce !== undefined && !NONCE.test(nonce)) {
    throw new TypeError(`options.nonce must be base64 (A-Z a-z 0-9 + / - _, = at the end), got ${JSON.stringify(nonce)}`);
  }
  return nonce;
}

// A real OpenID Connect provider (panva/oidc-provider) for the portal's
// integration tests. It serves one confidential client over plain http on
// 127.0.0.1 and keeps everything in memory.
//
// Environment: OIDC_PORT (0 or unset: any free port), OIDC_CLIENT_ID,
// OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI, OIDC_POST_LOGOUT_REDIRECT_URI,
// OIDC_ACCOUNTS (JSON file: {"<sub>": {name, email, preferred_username, groups}}),
// OIDC_ROGUE=1 (hostile mode, see below), OIDC_ID_TOKEN_ALG (RS256 unless set:
// HS256 signs ID tokens with the client secret, which a relying party should refuse).
//
// stdout carries exactly one line, `issuer http://127.0.0.1:<port>`, once the
// provider is ready; everything else goes to stderr. Closing stdin stops it.
import * as crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';

import Provider from 'oidc-provider';

// oidc-provider prints its NOTICEs with console.info (stdout): send them to
// stderr so the test only ever reads the issuer line from stdout.
console.log = console.info = console.error;

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`provider.mjs: ${name} must be set`);
    process.exit(2);
  }
  return value;
};
const clientId = env('OIDC_CLIENT_ID');
const clientSecret = env('OIDC_CLIENT_SECRET');
const redirectUri = env('OIDC_REDIRECT_URI');
const postLogoutRedirectUri = env('OIDC_POST_LOGOUT_REDIRECT_URI');
const accountsFile = env('OIDC_ACCOUNTS');
const rogue = process.env.OIDC_ROGUE === '1';
const idTokenAlg = process.env.OIDC_ID_TOKEN_ALG || 'RS256';

// The test owns our lifetime: when it closes our stdin (or dies), we go too.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();

// Listen first: with OIDC_PORT=0 the issuer URL is only known afterwards.
const server = http.createServer();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(Number(process.env.OIDC_PORT || 0), '127.0.0.1', resolve);
});
const issuer = `http://127.0.0.1:${server.address().port}`;

// A fresh signing key per run; nothing is written to disk.
const kid = `test-${crypto.randomBytes(6).toString('hex')}`;
const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingJwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: [postLogoutRedirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    // Both are oidc-provider's defaults; spelled out because the tests rely on them.
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: idTokenAlg,
  }],
  jwks: { keys: [signingJwk] },
  // HS256 listed too, so that a test can make the provider use it.
  enabledJWA: { idTokenSigningAlgValues: ['RS256', 'HS256'] },
  // Signed cookies; the cookies are not `Secure` because the requests are
  // plain http (oidc-provider only adds Secure when ctx.secure), so no
  // `proxy` setting is needed.
  cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
  // PKCE for every authorization request (only S256 is supported in v9).
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email'],
    groups: ['groups'],
  },
  // By default claims of scopes go only to userinfo when an access token is
  // issued; the portal reads them from the ID token.
  conformIdTokenClaims: false,
  features: {
    // The built-in login (any password) and consent pages.
    devInteractions: { enabled: true },
    // end_session_endpoint, redirecting to post_logout_redirect_uris.
    rpInitiatedLogout: { enabled: true },
  },
  // Re-read at every sign-in and token exchange: tests edit the file between
  // sign-ins (e.g. to drop a group).
  async findAccount(ctx, id) {
    const accounts = JSON.parse(readFileSync(accountsFile, 'utf8'));
    if (!Object.hasOwn(accounts, id)) return undefined;
    return { accountId: id, claims: async () => ({ ...accounts[id], sub: id }) };
  },
});

if (rogue) {
  // Hostile mode: hand out an ID token whose header (same kid) and payload are
  // genuine but whose signature comes from another key, so a relying party
  // that checks signatures against the JWKS must reject it.
  const { privateKey: rogueKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route === 'token' && typeof ctx.body?.id_token === 'string') {
      const [header, payload] = ctx.body.id_token.split('.');
      const signature = crypto.sign('sha256', Buffer.from(`${header}.${payload}`), rogueKey);
      ctx.body.id_token = `${header}.${payload}.${signature.toString('base64url')}`;
    }
  });
}

// Expected errors (bad client secret, bad PKCE...) are logged to help debug tests.
for (const event of [
  'server_error', 'authorization.error', 'grant.error', 'userinfo.error',
  'end_session.error', 'end_session_confirm.error',
]) {
  provider.on(event, (ctx, err) => console.error(`oidc ${event}: ${err.message} ${err.error_description ?? ''}`));
}

server.on('request', provider.callback());
process.stdout.write(`issuer ${issuer}\n`);

// A local OpenID Connect provider standing in for Microsoft Entra ID in the sign-in tests (EntraSignInJourneyTests).
// It answers on loopback only, over https, at Entra's paths (https://127.0.0.1:<port>/<tenant>/v2.0/...), and signs
// id tokens the way Entra does for the portal's app registration: tid, oid, name, preferred_username and the app
// roles in "roles". oauth2-mock-server does the protocol (discovery, keys, code flow with PKCE and nonce, end
// session); this file adds what it lacks: a sign-in page that keeps a provider session in a cookie, so a test can see
// that signing out of the portal also ends the session at the provider.
//
// node provider.mjs <port> <tenantId> <usersJson> <keyPem> <certPem>
//   usersJson: [{ "id": "fg", "oid": "<guid>", "name": "…", "roles": ["PrivacyOfficer"], "tenant": null }, …]
//   (tenant: only for an account of another tenant)
// Prints "ready <issuer>" once listening; stops on SIGTERM.
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { OAuth2Issuer, OAuth2Service } from 'oauth2-mock-server';

const [port, tenant, usersJson, keyFile, certFile] = process.argv.slice(2);
const users = JSON.parse(usersJson);
const prefix = `/${tenant}/v2.0`;
const sessionCookie = 'provider_session';

const issuer = new OAuth2Issuer();
issuer.url = `https://127.0.0.1:${port}${prefix}`;
await issuer.keys.generate('RS256');
const service = new OAuth2Service(issuer);

// The code is handed out for the user signed in at the provider; the token for that code carries that user.
const userOfCode = new Map();
service.on('beforeAuthorizeRedirect', (redirect, req) => {
  const code = redirect.url.searchParams.get('code');
  if (code) userOfCode.set(code, sessionUser(req));
});
service.on('beforeTokenSigning', (token, req) => {
  const user = userOfCode.get(req.body?.code);
  if (!user) return;
  Object.assign(token.payload, {
    sub: `sub-${user.id}`,
    oid: user.oid,
    tid: user.tenant ?? tenant,
    ver: '2.0',
    name: user.name,
    preferred_username: `${user.id}@pantein.test`,
    roles: user.roles,
  });
  // An account of another organisation's tenant: its tokens name that tenant as their issuer, as Entra's do.
  if (user.tenant) token.payload.iss = `https://127.0.0.1:${port}/${user.tenant}/v2.0`;
});

function sessionUser(req) {
  const match = new RegExp(`(?:^|;\\s*)${sessionCookie}=([^;]+)`).exec(req.headers.cookie ?? '');
  return match ? users.find(u => u.id === decodeURIComponent(match[1])) : undefined;
}

const escape = text => String(text).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function signInPage(res, authorizeUrl) {
  const buttons = users.map(u => `<button name="user" value="${escape(u.id)}" data-user="${escape(u.id)}">${escape(u.name)}</button>`);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><title>Test identity provider</title><h1>Test identity provider</h1>
<form method="post" action="${prefix}/login"><input type="hidden" name="next" value="${escape(authorizeUrl)}">${buttons.join('\n')}</form></html>`);
}

async function signIn(req, res) {
  let body = '';
  for await (const chunk of req) body += chunk;
  const form = new URLSearchParams(body);
  const user = users.find(u => u.id === form.get('user'));
  const next = form.get('next') ?? '';
  if (!user || !next.startsWith(`${prefix}/authorize?`)) {
    res.writeHead(400).end('unknown user or return address');
    return;
  }
  res.writeHead(302, { Location: next, 'Set-Cookie': `${sessionCookie}=${encodeURIComponent(user.id)}; Path=${prefix}; Secure; HttpOnly; SameSite=Lax` });
  res.end();
}

const server = https.createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, async (req, res) => {
  try {
    const url = new URL(req.url, issuer.url);
    if (!url.pathname.startsWith(`${prefix}/`)) {
      res.writeHead(404).end();
      return;
    }
    const path = url.pathname.slice(prefix.length);
    if (path === '/authorize' && req.method === 'GET' && !sessionUser(req)) {
      signInPage(res, req.url);
      return;
    }
    if (path === '/login' && req.method === 'POST') {
      await signIn(req, res);
      return;
    }
    if (path === '/endsession') {
      res.setHeader('Set-Cookie', `${sessionCookie}=; Path=${prefix}; Secure; HttpOnly; Max-Age=0`);
    }
    req.url = path + url.search;
    await service.requestHandler(req, res);
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
  }
});
server.listen(Number(port), '127.0.0.1', () => console.log(`ready ${issuer.url}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));

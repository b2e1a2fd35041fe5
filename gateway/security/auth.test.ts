import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import type { Identity } from "../../lib/auth/identity";
import { HttpRejection } from "../../lib/http";
import { createAuthenticator, DEFAULT_AUDIENCE, DEFAULT_ISSUER, issueToken, VERIFIED_TOKEN_TTL_MS, type UserClaims } from "./auth";
import { keysIn, newKey, type Partner, type PartnerStore } from "./partner-keys";

const SECRET = "a-test-secret-of-at-least-32-characters!";
const OTHER_SECRET = "another-secret-of-at-least-32-characters";
const USCC_A = "91460100MA5T00002P";
const USCC_B = "91460100MA5T12345C";
const NOW = () => Math.floor(Date.now() / 1000);
const encode = (text: string) => new TextEncoder().encode(text);
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } }) as unknown as IncomingMessage;
const withApiKey = (key: string) => ({ headers: { "x-api-key": key } }) as unknown as IncomingMessage;
const anonymous = () => ({ headers: {} }) as unknown as IncomingMessage;

const hsAuthenticator = (partners: PartnerStore = { partners: [] }) =>
  createAuthenticator({ secret: SECRET, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, partners: keysIn(partners) });

/** Signs arbitrary claims with HS256, bypassing issueToken's own validation. */
const signHs = (claims: JWTPayload, secret = SECRET, configure: (jwt: SignJWT) => SignJWT = (jwt) => jwt.setExpirationTime("1h")) =>
  configure(new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuer(DEFAULT_ISSUER).setAudience(DEFAULT_AUDIENCE).setIssuedAt()).sign(
    encode(secret),
  );

/** Asserts that authentication is refused as 401 UNAUTHENTICATED. */
async function expectUnauthenticated(attempt: Promise<Identity>): Promise<HttpRejection> {
  const error: unknown = await attempt.then(
    (identity) => new Error(`expected a rejection, got an identity: ${JSON.stringify(identity)}`),
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(HttpRejection);
  const rejection = error as HttpRejection;
  expect(rejection.status).toBe(401);
  expect(rejection.code).toBe("UNAUTHENTICATED");
  return rejection;
}

function partner(id: string, keys: Partner["keys"], usccs = [USCC_A]): Partner {
  return { id, name: `Partner ${id}`, usccs, keys };
}

describe("createAuthenticator with an HS256 secret", () => {
  const authenticate = hsAuthenticator();

  const cases: Array<[string, UserClaims, Partial<Identity>]> = [
    ["staff", { sub: "user-staff", role: "staff", department: "customs" }, { role: "staff", department: "customs", usccs: [] }],
    ["enterprise", { sub: "user-ent", role: "enterprise", uscc: USCC_A }, { role: "enterprise", usccs: [USCC_A] }],
    ["analyst", { sub: "user-analyst", role: "analyst" }, { role: "analyst", usccs: [] }],
    ["admin", { sub: "user-admin", role: "admin" }, { role: "admin", usccs: [] }],
  ];
  it.each(cases)("accepts a valid token for role %s", async (_role, claims, expected) => {
    const token = await issueToken(SECRET, claims);
    const identity = await authenticate(bearer(token));
    expect(identity).toMatchObject({ ...expected, subject: claims.sub });
    if (claims.role !== "staff") expect(identity.department).toBeUndefined();
    expect(typeof identity.requestId).toBe("string");
    expect(identity.requestId.length).toBeGreaterThan(0);
    const again = await authenticate(bearer(token));
    expect(again.requestId).not.toBe(identity.requestId);
  });

  it("refuses an expired token as expired (RFC 6750 invalid_token), so that the app refreshes it", async () => {
    const token = await signHs({ sub: "u", role: "analyst" }, SECRET, (jwt) => jwt.setExpirationTime(NOW() - 60));
    const rejection = await expectUnauthenticated(authenticate(bearer(token)));
    expect(rejection.message).toBe("the token has expired");
    expect(rejection.more.extensions).toEqual({ reason: "TOKEN_EXPIRED" });
    expect(rejection.headers["www-authenticate"]).toBe('Bearer realm="tradegraph", error="invalid_token", error_description="the token has expired"');
  });

  it("calls an expired token signed with another key invalid, not expired: only our own tokens are said to expire", async () => {
    const token = await signHs({ sub: "u", role: "analyst" }, OTHER_SECRET, (jwt) => jwt.setExpirationTime(NOW() - 60));
    const rejection = await expectUnauthenticated(authenticate(bearer(token)));
    expect(rejection.more.extensions).toEqual({ reason: "INVALID_TOKEN" });
    expect(rejection.headers["www-authenticate"]).toBe('Bearer realm="tradegraph", error="invalid_token", error_description="the token is not valid"');
  });

  it("refuses a token for another audience", async () => {
    const token = await issueToken(SECRET, { sub: "u", role: "analyst" }, { audience: "some-other-service" });
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses a token from another issuer", async () => {
    const token = await issueToken(SECRET, { sub: "u", role: "analyst" }, { issuer: "someone-else" });
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses a token signed with another secret", async () => {
    const token = await issueToken(OTHER_SECRET, { sub: "u", role: "admin" });
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses a token without exp", async () => {
    const token = await signHs({ sub: "u", role: "admin" }, SECRET, (jwt) => jwt);
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses a token without sub", async () => {
    const token = await new SignJWT({ role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(DEFAULT_ISSUER)
      .setAudience(DEFAULT_AUDIENCE)
      .setExpirationTime("1h")
      .sign(encode(SECRET));
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it.each([
    ["garbage after Bearer", "Bearer not-a-jwt"],
    ["two parts only", "Bearer abc.def"],
    ["no token", "Bearer "],
    ["another scheme", "Basic dXNlcjpwYXNz"],
    ["token with a space", "Bearer abc def"],
  ])("refuses a malformed authorization header (%s)", async (_case, header) => {
    await expectUnauthenticated(authenticate({ headers: { authorization: header } } as unknown as IncomingMessage));
  });

  it("refuses a request with no credential and asks for a bearer token", async () => {
    const rejection = await expectUnauthenticated(authenticate(anonymous()));
    expect(rejection.headers["www-authenticate"]).toBe('Bearer realm="tradegraph"');
    expect(rejection.more.extensions).toEqual({ reason: "CREDENTIAL_MISSING" });
  });

  it("refuses an unsigned alg:none token", async () => {
    const header = b64url({ alg: "none", typ: "JWT" });
    const payload = b64url({ iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, sub: "intruder", role: "admin", iat: NOW(), exp: NOW() + 3600 });
    await expectUnauthenticated(authenticate(bearer(`${header}.${payload}.`)));
  });

  it("refuses a token whose payload was altered after signing", async () => {
    const token = await issueToken(SECRET, { sub: "u", role: "analyst" });
    const [header, , signature] = token.split(".");
    const forged = b64url({ iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, sub: "u", role: "admin", exp: NOW() + 3600 });
    await expectUnauthenticated(authenticate(bearer(`${header}.${forged}.${signature}`)));
  });

  it("accepts hand-signed claims that name a valid role (control for the refusals below)", async () => {
    const token = await signHs({ sub: "u", role: "enterprise", uscc: USCC_B });
    expect(await authenticate(bearer(token))).toMatchObject({ subject: "u", role: "enterprise", usccs: [USCC_B] });
  });

  it("refuses staff claims without a department", async () => {
    const token = await signHs({ sub: "u", role: "staff" });
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses staff claims with an unknown department", async () => {
    const token = await signHs({ sub: "u", role: "staff", department: "police" });
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses enterprise claims without a USCC", async () => {
    const token = await signHs({ sub: "u", role: "enterprise" });
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses the partner role in a JWT (partners authenticate with API keys)", async () => {
    const token = await signHs({ sub: "u", role: "partner", uscc: USCC_A });
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses a USCC with a wrong check character", async () => {
    const token = await signHs({ sub: "u", role: "enterprise", uscc: "91460100MA5T00002Q" });
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("issueToken itself refuses claims that name no valid role", async () => {
    // (It throws synchronously today; wrapping it accepts a rejected promise as well.)
    await expect((async () => issueToken(SECRET, { sub: "u", role: "enterprise", uscc: "91460100MA5T00002Q" }))()).rejects.toThrow(/USCC/);
  });
});

describe("verified tokens", () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });
  const verifications = () => jest.spyOn(globalThis.crypto.subtle, "verify");

  it("are taken again without verifying the signature anew, each request with its own request id", async () => {
    const authenticate = hsAuthenticator();
    const token = await issueToken(SECRET, { sub: "user-cached", role: "analyst" });
    const verify = verifications();
    const first = await authenticate(bearer(token));
    const second = await authenticate(bearer(token));
    expect(verify).toHaveBeenCalledTimes(1);
    expect({ ...second, requestId: first.requestId }).toEqual(first);
    expect(second.requestId).not.toBe(first.requestId);
  });

  it("are verified again after VERIFIED_TOKEN_TTL_MS, and refused as expired once past their exp", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"], now: Date.now() });
    const authenticate = hsAuthenticator();
    const token = await signHs({ sub: "user-ttl", role: "analyst" }, SECRET, (jwt) => jwt.setExpirationTime(`${VERIFIED_TOKEN_TTL_MS / 1000 + 30}s`));
    const verify = verifications();
    await authenticate(bearer(token));
    jest.setSystemTime(Date.now() + VERIFIED_TOKEN_TTL_MS + 1_000);
    await authenticate(bearer(token));
    expect(verify).toHaveBeenCalledTimes(2);
    jest.setSystemTime(Date.now() + 30_000);
    const rejection = await expectUnauthenticated(authenticate(bearer(token)));
    expect(rejection.more.extensions).toEqual({ reason: "TOKEN_EXPIRED" });
  });

  it("are never remembered when refused", async () => {
    const authenticate = hsAuthenticator();
    const forged = await signHs({ sub: "user-forged", role: "analyst" }, OTHER_SECRET);
    await expectUnauthenticated(authenticate(bearer(forged)));
    await expectUnauthenticated(authenticate(bearer(forged)));
  });
});

describe("createAuthenticator configuration", () => {
  const partners = keysIn({ partners: [] });

  it("throws when both a secret and a JWKS URL are configured", () => {
    expect(() =>
      createAuthenticator({ secret: SECRET, jwksUrl: "http://127.0.0.1:1/jwks.json", issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, partners }),
    ).toThrow(/exactly one/);
  });

  it("throws when neither a secret nor a JWKS URL is configured", () => {
    expect(() => createAuthenticator({ issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, partners })).toThrow(/exactly one/);
  });
});

describe("createAuthenticator with a JWKS", () => {
  const KID = "test-key-1";
  let server: Server;
  let jwksUrl: string;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
  let publicPem: string;
  let publicModulus: string;
  let authenticate: (req: IncomingMessage) => Promise<Identity>;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    privateKey = pair.privateKey;
    publicPem = await exportSPKI(pair.publicKey);
    const jwk = await exportJWK(pair.publicKey);
    publicModulus = jwk.n!;
    const body = JSON.stringify({ keys: [{ ...jwk, kid: KID, alg: "RS256", use: "sig" }] });
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    authenticate = createAuthenticator({ jwksUrl, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, partners: keysIn({ partners: [] }) });
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const claims = { role: "enterprise", uscc: USCC_A };
  const base = (alg: string, kid = KID) =>
    new SignJWT(claims).setProtectedHeader({ alg, kid }).setSubject("idp-user").setIssuer(DEFAULT_ISSUER).setAudience(DEFAULT_AUDIENCE).setExpirationTime("1h");

  it("accepts an RS256 token signed with the identity provider's key", async () => {
    const token = await base("RS256").sign(privateKey);
    const identity = await authenticate(bearer(token));
    expect(identity).toMatchObject({ subject: "idp-user", role: "enterprise", usccs: [USCC_A] });
  });

  it("refuses an RS256 token naming an unknown kid", async () => {
    const token = await base("RS256", "unknown-kid").sign(privateKey);
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses an RS256 token signed by another key under the right kid", async () => {
    const other = await generateKeyPair("RS256");
    const token = await base("RS256").sign(other.privateKey);
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses the algorithm-confusion attack: HS256 keyed with the public key's PEM", async () => {
    const token = await base("HS256").sign(encode(publicPem));
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses the algorithm-confusion attack: HS256 keyed with the public key's modulus", async () => {
    const token = await base("HS256").sign(Buffer.from(publicModulus, "base64url"));
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses any HS256 token in JWKS mode", async () => {
    const token = await base("HS256").sign(encode(SECRET));
    await expectUnauthenticated(authenticate(bearer(token)));
  });

  it("refuses an alg:none token in JWKS mode", async () => {
    const header = b64url({ alg: "none", typ: "JWT", kid: KID });
    const payload = b64url({ ...claims, iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, sub: "x", exp: NOW() + 3600 });
    await expectUnauthenticated(authenticate(bearer(`${header}.${payload}.`)));
  });
});

describe("partner API keys", () => {
  it("authenticates a key from the store as its partner", async () => {
    const { key, record } = newKey();
    const store: PartnerStore = { partners: [partner("other", [newKey().record], [USCC_B]), partner("acme", [record], [USCC_A, USCC_B])] };
    expect(keysIn(store).authenticate(key)?.id).toBe("acme");
    const identity = await hsAuthenticator(store)(withApiKey(key));
    expect(identity).toMatchObject({ role: "partner", subject: "partner:acme", usccs: [USCC_A, USCC_B] });
    expect(identity.department).toBeUndefined();
    expect(identity.requestId.length).toBeGreaterThan(0);
  });

  it("refuses a revoked key", async () => {
    const { key, record } = newKey();
    const store: PartnerStore = { partners: [partner("acme", [{ ...record, revokedAt: new Date().toISOString() }])] };
    expect(keysIn(store).authenticate(key)).toBeNull();
    await expectUnauthenticated(hsAuthenticator(store)(withApiKey(key)));
  });

  it("refuses a key with a known id but a wrong secret", async () => {
    const { key, record } = newKey();
    const store: PartnerStore = { partners: [partner("acme", [record])] };
    const wrong = `${key.slice(0, 21)}${newKey().key.slice(21)}`;
    expect(wrong).toMatch(/^tgk_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(wrong).not.toBe(key);
    await expectUnauthenticated(hsAuthenticator(store)(withApiKey(wrong)));
  });

  it.each([
    ["empty", () => ""],
    ["no prefix", (key: string) => key.slice(4)],
    ["truncated secret", (key: string) => key.slice(0, -1)],
    ["extra character", (key: string) => `${key}A`],
    ["upper-case prefix", (key: string) => `TGK_${key.slice(4)}`],
    ["surrounding space", (key: string) => ` ${key}`],
  ])("refuses a malformed key (%s)", async (_case, mangle) => {
    const { key, record } = newKey();
    const store: PartnerStore = { partners: [partner("acme", [record])] };
    const mangled = mangle(key);
    expect(mangled).not.toBe(key);
    await expectUnauthenticated(hsAuthenticator(store)(withApiKey(mangled)));
  });

  it("refuses a well-formed key that is in no store", async () => {
    const store: PartnerStore = { partners: [partner("acme", [newKey().record])] };
    await expectUnauthenticated(hsAuthenticator(store)(withApiKey(newKey().key)));
  });

  it("accepts both keys of a partner during rotation, until one is revoked", async () => {
    const old = newKey();
    const fresh = newKey();
    const rotating: PartnerStore = { partners: [partner("acme", [old.record, fresh.record])] };
    const during = hsAuthenticator(rotating);
    expect((await during(withApiKey(old.key))).subject).toBe("partner:acme");
    expect((await during(withApiKey(fresh.key))).subject).toBe("partner:acme");

    const rotated: PartnerStore = { partners: [partner("acme", [{ ...old.record, revokedAt: new Date().toISOString() }, fresh.record])] };
    const after = hsAuthenticator(rotated);
    await expectUnauthenticated(after(withApiKey(old.key)));
    expect((await after(withApiKey(fresh.key))).subject).toBe("partner:acme");
  });
});

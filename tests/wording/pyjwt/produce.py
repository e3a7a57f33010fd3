"""Makes Debian's PyJWT (python3-jwt) refuse one token per case and prints what it said, as JSON.

Run by tests/wording/pyjwt.test.ts with /usr/bin/python3. The keys are made here, the JWKS for
PyJWKClient is served by a throwaway http.server on 127.0.0.1: no network, no fixed port.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

ISSUER = "https://issuer.test/"
AUDIENCE = "https://api.test"

good = rsa.generate_private_key(public_exponent=65537, key_size=2048)
other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
jwk = json.loads(RSAAlgorithm.to_jwk(good.public_key()))
jwk.update({"kid": "good-key", "alg": "RS256", "use": "sig"})
JWKS = json.dumps({"keys": [jwk]}).encode()


class Jwks(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(JWKS)

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", 0), Jwks)
threading.Thread(target=server.serve_forever, daemon=True).start()
jwks_url = f"http://127.0.0.1:{server.server_address[1]}/jwks"

now = int(time.time())
HOUR = 3600
base = {"iss": ISSUER, "aud": AUDIENCE, "sub": "user-1", "iat": now - 60, "exp": now + HOUR}


def sign(claims=None, key=good, kid="good-key", alg="RS256"):
    return jwt.encode({**base, **(claims or {})}, key, algorithm=alg, headers={"kid": kid})


tokens = {
    "expired": sign({"iat": now - 2 * HOUR, "exp": now - HOUR}),
    "not-yet-valid": sign({"nbf": now + HOUR, "exp": now + 2 * HOUR}),
    "issued-in-future": sign({"iat": now + HOUR, "exp": now + 2 * HOUR}),
    "bad-signature": sign({}, key=other),
    "wrong-audience": sign({"aud": "https://another-api.test"}),
    "wrong-issuer": sign({"iss": "https://another-issuer.test/"}),
    "unknown-key": sign({}, key=other, kid="rotated-away"),
    "alg-not-allowed": sign({}, key="a-shared-secret-of-32-bytes-long!", alg="HS256"),
    "malformed": "not-a-jwt",
}

client = jwt.PyJWKClient(jwks_url)
out = {}
for case, token in tokens.items():
    try:
        # The key as most services find it: by the token's kid in the issuer's JWKS.
        key = client.get_signing_key_from_jwt(token).key
        jwt.decode(token, key, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)
        out[case] = None
    except Exception as e:  # noqa: BLE001 - the point is to record whatever PyJWT raises
        out[case] = {"type": type(e).__name__, "message": str(e)}

server.shutdown()
json.dump({"version": jwt.__version__, "results": out}, sys.stdout)

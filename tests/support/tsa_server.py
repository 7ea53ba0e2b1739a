#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A time-stamping authority for the tests (RFC 3161 over HTTP, RFC 3161 section 3.4): on
127.0.0.1 only, its answers made by `openssl ts -reply` with a certification authority and a
time-stamping certificate it makes at start in DIR. Prints "PORT CA_FILE" on its first line and
serves until its standard input closes (the test that started it ends), so that it never outlives
its test.

    tsa_server.py DIR
"""
import http.server
import os
import subprocess
import sys
import tempfile
import threading

CONFIG = """
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.crt
certs = $dir/ca.crt
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def openssl(*arguments):
    subprocess.run(["openssl", *arguments], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)


def make_authority(directory):
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-keyout", f"{directory}/ca.key", "-out", f"{directory}/ca.crt", "-days", "2",
            "-subj", "/CN=Test time-stamping root")
    openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-keyout", f"{directory}/tsa.key", "-out", f"{directory}/tsa.csr",
            "-subj", "/CN=Test time-stamping authority")
    with open(f"{directory}/tsa.ext", "w") as f:
        f.write("extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n"
                "basicConstraints=critical,CA:FALSE\n")
    openssl("x509", "-req", "-in", f"{directory}/tsa.csr", "-CA", f"{directory}/ca.crt",
            "-CAkey", f"{directory}/ca.key", "-CAcreateserial", "-days", "2",
            "-extfile", f"{directory}/tsa.ext", "-out", f"{directory}/tsa.crt")
    with open(f"{directory}/serial", "w") as f:
        f.write("01\n")
    with open(f"{directory}/tsa.cnf", "w") as f:
        f.write(CONFIG.format(dir=directory))


class Handler(http.server.BaseHTTPRequestHandler):
    lock = threading.Lock()

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        query = self.rfile.read(length)
        if self.headers.get("Content-Type") != "application/timestamp-query":
            self.send_error(415, "expected application/timestamp-query")
            return
        directory = self.server.directory
        with Handler.lock, tempfile.TemporaryDirectory(dir=directory) as work:
            with open(f"{work}/query.tsq", "wb") as f:
                f.write(query)
            result = subprocess.run(
                ["openssl", "ts", "-reply", "-config", f"{directory}/tsa.cnf", "-queryfile",
                 f"{work}/query.tsq", "-out", f"{work}/reply.tsr"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if result.returncode != 0:
                self.send_error(400, result.stderr.decode(errors="replace")[:200])
                return
            with open(f"{work}/reply.tsr", "rb") as f:
                reply = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *arguments):
        pass


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    directory = os.path.abspath(sys.argv[1])
    make_authority(directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.directory = directory
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], f"{directory}/ca.crt", flush=True)
    sys.stdin.read()  # until the test closes it, or ends
    server.shutdown()


if __name__ == "__main__":
    main()

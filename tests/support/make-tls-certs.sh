#!/usr/bin/env bash
# Writes a throwaway certificate authority, a server certificate it signed for 127.0.0.1 only,
# and an unrelated second authority into DIR, for the PostgreSQL TLS tests:
#   ca.crt  server.crt  server.key (owned by postgres, 0600)  other-ca.crt
set -euo pipefail
dir=$1
mkdir -p "$dir"
cd "$dir"
ssl() { openssl "$@" 2>/dev/null; }
ssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=SoleFlipper test CA" -keyout ca.key -out ca.crt
ssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=Somebody else's CA" -keyout other-ca.key -out other-ca.crt
ssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr
printf 'subjectAltName=IP:127.0.0.1\n' >server.ext
ssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3 -extfile server.ext -out server.crt
rm -f ca.key other-ca.key server.csr server.ext ca.srl
chmod 600 server.key
chmod 644 ca.crt other-ca.crt server.crt
if id postgres >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then chown postgres server.key server.crt; fi

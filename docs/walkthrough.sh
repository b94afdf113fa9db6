#!/usr/bin/env bash
# bokvar walkthrough: a landlord sends a termination for unpaid rent; a caseworker of the right unit reads
# the case; then Kronofogden (the simulator) sends an eviction notice, which becomes a case and is acknowledged
# the same day, naming the responsible caseworker. Needs bash and curl. Copy-paste it into a shell while ./bokvar up runs, or run: bash docs/walkthrough.sh
# (the system tests run this very file, so it stays true).
set -euo pipefail
KEYCLOAK=${KEYCLOAK:-http://127.0.0.1:18080}
INTAKE=${INTAKE:-http://127.0.0.1:18081}
CASES=${CASES:-http://127.0.0.1:18082}
KFM_SIMULATOR=${KFM_SIMULATOR:-http://127.0.0.1:18085}
TOKEN_URL=$KEYCLOAK/realms/bokvar/protocol/openid-connect/token
field() { sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p" | head -1; }   # a string field of a small JSON answer
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }                # just the HTTP status
expect() { local want=$1 what=$2; shift 2; local got; got=$(status "$@")  # prints, and stops the walkthrough if wrong
  printf '   %-28s %s (expected %s)\n' "$what" "$got" "$want"; [ "$got" = "$want" ]; }

echo "1. The landlord's system (client landlord-hemma) gets a token with its client credentials"
LANDLORD=$(curl -sf -d grant_type=client_credentials -d client_id=landlord-hemma \
  -d client_secret=hemma-demo-secret "$TOKEN_URL" | field access_token)

echo "2. It sends a termination for unpaid rent; the answer is the receipt (kvittens)"
SERVED=$(date +%F)
REF=HB-$(date +%Y%m%d-%H%M%S)   # the landlord's own reference: unique per landlord and notice kind
RECEIPT=$(curl -sf -X POST "$INTAKE/api/v1/notices/termination-unpaid-rent" \
  -H "Authorization: Bearer $LANDLORD" -H 'Content-Type: application/json' -d @- <<JSON
{
  "tenure": "RENTAL",
  "landlordReference": "$REF",
  "tenants": [ { "personalIdentityNumber": "19850315-2384", "name": "Maria Exempelsson" } ],
  "address": { "street": "Exempelgatan 12", "postalCode": "415 02", "city": "Göteborg", "flatNumber": "1102" },
  "rooms": 2, "areaSquareMetres": 58, "leaseType": "förstahandskontrakt",
  "monthlyRent": 7850, "debtAmount": 15700, "monthsInArrears": 2,
  "servedOn": "$SERVED",
  "childrenKnown": "UNKNOWN",
  "contactPerson": { "name": "Karin Förvaltare", "phone": "031-123 45 67", "email": "karin@hemma.example" }
}
JSON
)
echo "$RECEIPT"
NOTICE=$(echo "$RECEIPT" | field noticeId)

echo "3. Anna, a caseworker of the adult unit in Nordost (which covers 415 02), logs in"
ANNA=$(curl -sf -d grant_type=password -d client_id=bokvar-cli -d username=anna -d password=demo \
  "$TOKEN_URL" | field access_token)

echo "4. The notice becomes a case in her unit within moments"
CASE=""
for _ in $(seq 1 60); do
  CASE=$(curl -sf "$CASES/api/v1/cases?noticeId=$NOTICE" -H "Authorization: Bearer $ANNA" | field id || true)
  [ -n "$CASE" ] && break
  sleep 0.5
done
[ -n "$CASE" ] || { echo "no case for notice $NOTICE" >&2; exit 1; }

echo "5. She reads the case, with the recovery period (återvinningsfrist) computed"
curl -sf "$CASES/api/v1/cases/$CASE" -H "Authorization: Bearer $ANNA"
echo

echo "6. Her unit's inbox: open cases, the most urgent deadline first, and the notices still without a position"
curl -sf "$CASES/api/v1/inbox?limit=5" -H "Authorization: Bearer $ANNA"
echo

echo "7. The case's timeline: the notice, the deadlines, and everything done on the case"
curl -sf "$CASES/api/v1/cases/$CASE/timeline" -H "Authorization: Bearer $ANNA"
echo

echo "8. Nobody else gets in"
BENGT=$(curl -sf -d grant_type=password -d client_id=bokvar-cli -d username=bengt -d password=demo \
  "$TOKEN_URL" | field access_token)
expect 404 "Bengt (another board):" "$CASES/api/v1/cases/$CASE" -H "Authorization: Bearer $BENGT"
expect 401 "no token:" "$CASES/api/v1/cases/$CASE"
expect 403 "the landlord's token:" "$CASES/api/v1/cases/$CASE" -H "Authorization: Bearer $LANDLORD"

echo "9. Kronofogden's system (the simulator) sends an eviction notice (underrättelse om avhysning) for a flat in Nordost"
SENT=$(curl -sf -X POST "$KFM_SIMULATOR/sim/send-notice" -H 'Content-Type: application/json' \
  -d '{"street": "Exempelgatan 14", "postalCode": "415 02", "city": "Göteborg"}')
KFM=$(echo "$SENT" | field kfmCaseNumber)
KFM_NOTICE=$(echo "$SENT" | field noticeId)
echo "   Kronofogden case $KFM: received as notice $KFM_NOTICE, acknowledgement due $(echo "$SENT" | field acknowledgementDueOn)"

echo "10. It becomes an urgent case in Anna's unit"
KFM_CASE=""
for _ in $(seq 1 60); do
  KFM_CASE=$(curl -sf "$CASES/api/v1/cases?noticeId=$KFM_NOTICE" -H "Authorization: Bearer $ANNA" | field id || true)
  [ -n "$KFM_CASE" ] && break
  sleep 0.5
done
[ -n "$KFM_CASE" ] || { echo "no case for Kronofogden notice $KFM_NOTICE" >&2; exit 1; }

echo "11. Anna takes the case: she is the responsible caseworker (before the cut-off nobody was named yet; after it the"
echo "   duty caseworker was, and the acknowledgement is renewed naming her)"
expect 204 "Anna assigns it to herself:" -X PUT "$CASES/api/v1/cases/$KFM_CASE/assignment" \
  -H "Authorization: Bearer $ANNA" -H 'Content-Type: application/json' -d '{"caseworker": "me"}'

echo "12. The adapter delivers the acknowledgement naming her; Kronofogden (the simulator) confirmed it:"
ACK=""
for _ in $(seq 1 60); do
  ACK=$(curl -sf "$KFM_SIMULATOR/sim/acknowledgements/latest?kfmCaseNumber=$KFM" || true)
  case "$ACK" in *'"Anna Andersson"'*) break ;; esac
  sleep 0.5
done
echo "$ACK"
case "$ACK" in *'"Anna Andersson"'*) ;; *) echo "no acknowledgement naming Anna for $KFM" >&2; exit 1 ;; esac
echo
echo "   The tenant's copy went out through the letter channel: $(curl -sf "$KFM_SIMULATOR/sim/letters?kfmCaseNumber=$KFM" \
  | grep -o '"letterId" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/' | sed "s|^|$KFM_SIMULATOR/sim/letters/|" | tail -1)"
echo "Walkthrough complete: notice $NOTICE is case $CASE; Kronofogden case $KFM is case $KFM_CASE, acknowledged naming Anna"

#!/bin/sh
# Runs The Guild's federation gateway audit against our gateway and against plain @apollo/gateway:
#   sh bench/federation-audit.sh [audit checkout, default /tmp/federation-gateway-audit] [kinds, default "apollo tradegraph"]
# The audit is cloned and installed there, outside this repository (it is not a dependency of the project);
# AUDIT_ROLE picks the role our gateway serves it as (default admin). bench/README.md, "Federation audit".
set -e
TG=$(cd "$(dirname "$0")/.." && pwd)
AUDIT=${1:-/tmp/federation-gateway-audit}
KINDS=${2:-apollo tradegraph}
# The project's Node 24: the audit needs Node 22 or later.
export PATH="$TG/node_modules/node/bin:$PATH"
# How long the audit waits for a suite's gateway to answer /health; its 5 s is too short on a loaded machine.
export GATEWAY_TIMEOUT=${GATEWAY_TIMEOUT:-60000}

if [ ! -d "$AUDIT/node_modules" ]; then
  [ -d "$AUDIT" ] || git clone https://github.com/graphql-hive/federation-gateway-audit "$AUDIT"
  cd "$AUDIT"
  # Its own dependencies, without the gateways it bundles as devDependencies: it needs only tsx to run.
  npm pkg delete devDependencies
  npm pkg set devDependencies.tsx=4.22.4 devDependencies.graphql=^16.13.1
  rm -f package-lock.json
  npm install --no-audit --no-fund
fi

cd "$AUDIT"
for kind in $KINDS; do
  mkdir -p "gateways/$kind"
  # The audit runs this per suite, with the suite's id, from gateways/<kind>: fetch the suite's supergraph, serve it on :4000.
  cat > "gateways/$kind/run.sh" <<RUN
here=\$(pwd)
npm start supergraph -- --cwd ./gateways/$kind --test \$1
cd "$TG" && LOG_LEVEL=warn exec node_modules/.bin/tsx bench/federation-audit.ts --kind $kind --role "${AUDIT_ROLE:-admin}" --supergraph "\$here/supergraph.graphql"
RUN
  npm start -- test --cwd "./gateways/$kind" --run-script ./run.sh --reporter dot \
    --graphql http://127.0.0.1:4000/graphql --healthcheck http://127.0.0.1:4000/health --write results.txt
  echo "$kind: $AUDIT/gateways/$kind/results.txt, per suite logs in $AUDIT/gateways/$kind/logs"
done

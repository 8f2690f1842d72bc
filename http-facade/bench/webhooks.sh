#!/usr/bin/env bash
# Webhook load (issue 13): events per second delivered to a loopback receiver, and createFolder's latency with and
# without a subscriber, through the Java API and over HTTP. A few minutes on 2 cores.
#
#   http-facade/bench/webhooks.sh [events] [javaCalls] [httpCalls]      (defaults 10000 100000 5000)
#
# Builds the standalone jar and the test classes (SKIP_BUILD=1 reuses them), runs
# dev.fakewix.media.http.bench.WebhookLoad and prints a Markdown table. Only 127.0.0.1 is used.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  (cd "$root" && mvn -B -q -pl fake-core,http-facade -DskipTests -Dconformance.skip=true -Dappcds.skip=true package)
fi
exec java -Xmx1g -cp "$module/target/fake-wix-media-manager-standalone.jar:$module/target/test-classes" \
  dev.fakewix.media.http.bench.WebhookLoad "$@"

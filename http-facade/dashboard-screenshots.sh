#!/usr/bin/env bash
# Re-makes the README's dashboard screenshots (docs/dashboard-*.png) in headless Chromium from a demo site
# (DashboardScreenshots in the test sources). Needs Debian's chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl http-facade -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/dashboard-classpath.txt -Dconformance.skip=true
java -cp "http-facade/target/test-classes:http-facade/target/classes:$(cat http-facade/target/dashboard-classpath.txt)" \
    dev.fakewix.media.http.DashboardScreenshots docs

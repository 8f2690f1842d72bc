#!/usr/bin/env bash
# when-selected.sh COMMAND...: runs COMMAND only if the build selected module $BENCH_MODULE with -pl (or selected no
# module at all). The `bench` profiles call it, because `mvn -pl http-facade -am -Pbench verify` turns the profile on
# in fake-core too (-am builds it from the reactor instead of ~/.m2), and fake-core's benchmarks must not run then.
# BENCH_SELECTED is Maven's ${session.request.selectedProjects} in brackets, e.g. "[[http-facade]]", "[[:junit-extension]]", "[[]]".
set -euo pipefail
module=${BENCH_MODULE:?set BENCH_MODULE to the module artifactId}
selected=${BENCH_SELECTED:-}
selected=${selected//[\[\] ]/}
case ",$selected," in
  ,,|*",$module,"*|*",:$module,"*|*",./$module,"*|*",$module/,"*|*",./$module/,"*) exec "$@" ;;
esac
echo "[bench] $module: built for the selected module ($selected); its own benchmarks run with -pl $module"

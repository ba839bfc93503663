#!/usr/bin/env bash
# Runs LanguageTool's own command line (same version as mtqa), for comparisons:
#   bench/languagetool-cli.sh -l en-US FILE
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cp="$here/languagetool-cli/target/classpath.txt"
if [ ! -s "$cp" ]; then
  (cd "$here/.." && ./mvnw -q -B -f bench/languagetool-cli/pom.xml dependency:build-classpath \
     -Dmdep.outputFile=target/classpath.txt >&2)
fi
exec java -cp "$(cat "$cp")" org.languagetool.commandline.Main "$@"

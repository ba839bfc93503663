#!/bin/sh
# Measures mtqa's ENCODING repairs (mojibake, controls, entities, normalisation…) against
# python-ftfy's test cases. Usage: bench/eval-ftfy.sh [DIR-OR-JSON-FILE...]
# (default: /work/shared/data, which holds ftfy-synthetic.json and ftfy-negative.json).
set -eu
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
    set -- /work/shared/data
fi
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Dfile.encoding=UTF-8 -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
    dev.mtqa.eval.FtfyEvaluation "$@"

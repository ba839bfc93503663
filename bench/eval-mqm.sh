#!/usr/bin/env bash
# Measures false alarms and recall on MQM-annotated machine translation (see
# src/test/java/dev/mtqa/eval/MqmEvaluation.java). Usage: [MTQA_GRAMMAR=fast] bench/eval-mqm.sh PATH/mqm_ted_zhen.tsv
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
exec java -Xmx4g ${MTQA_GRAMMAR:+-Dmtqa.grammar=$MTQA_GRAMMAR} -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" dev.mtqa.eval.MqmEvaluation "$@"

#!/usr/bin/env bash
# Runs the JMH benchmarks (after `mvn -DskipTests install`): jmh.sh [JMH options], e.g.
#   jmh.sh IndicatorBench -p scale=100      jmh.sh -h
HERE=$(cd "$(dirname "$0")" && pwd -P)
exec java -cp "$HERE/target/classes:$HERE/target/lib/*" org.openjdk.jmh.Main "$@"

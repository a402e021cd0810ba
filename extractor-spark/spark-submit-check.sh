#!/usr/bin/env bash
# Runs the spark-submit jar the way a cluster does, without a Spark installation: Spark's own SparkSubmit class
# (what the `spark-submit` script starts) on the classpath of a plain Spark 4.2.0 (spark-sql_2.13 and its
# dependencies, resolved by Maven), master local[2], over the given inputs (default: corpora/).
# Usage: extractor-spark/spark-submit-check.sh [INPUT...]   → output in extractor-spark/target/spark-submit-check/
set -euo pipefail
cd "$(dirname "$0")/.."
module=extractor-spark
jar=$(ls $module/target/extractor-spark-*-spark-submit.jar 2>/dev/null | head -1 || true)
if [[ -z "$jar" ]]; then
  mvn -B -q -Pspark-submit -pl $module -am package -DskipTests
  jar=$(ls $module/target/extractor-spark-*-spark-submit.jar | head -1)
fi
work=$module/target/spark-submit-check
mkdir -p "$work"
spark_version=$(sed -n 's#.*<spark.version>\(.*\)</spark.version>.*#\1#p' $module/pom.xml)
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>check</groupId><artifactId>spark-distribution</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId>
    <version>$spark_version</version></dependency></dependencies>
</project>
POM
mvn -B -q -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile=spark-classpath.txt
flags=$(sed -n 's#.*<spark.java17.flags>\(.*\)</spark.java17.flags>.*#\1#p' $module/pom.xml)
rm -rf "$work/out"
# shellcheck disable=SC2086
java -Xmx3g $flags -cp "$(cat "$work/spark-classpath.txt")" org.apache.spark.deploy.SparkSubmit \
  --class org.juesuan.extractor.spark.SparkCommand --master 'local[2]' --conf spark.ui.enabled=false \
  "$jar" "${@:-corpora}" --out "$work/out"

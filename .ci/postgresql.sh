# Sourced by .ci/run: a PostgreSQL server for the tests that run on it, and a throw-away role
# that may create databases. Installs Debian's package when missing and starts the cluster if it
# is stopped; at exit drops what it made and stops what it started. Sets SCAMSENSE_TEST_POSTGRES_URL.

if ! command -v pg_lsclusters >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
read -r pg_version pg_cluster pg_port pg_status _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${pg_version:-}" ]; then
  echo "No PostgreSQL cluster exists; create one with pg_createcluster." >&2
  exit 1
fi
pg_started_here=no
if [ "$pg_status" != online ]; then
  pg_ctlcluster --skip-systemctl-redirect "$pg_version" "$pg_cluster" start
  pg_started_here=yes
fi

pg_role="scamsense_ci_$$"
pg_password="$(node -e "process.stdout.write(require('node:crypto').randomBytes(18).toString('hex'))")"
as_postgres() { (cd / && su postgres -c "psql --no-psqlrc --quiet -v ON_ERROR_STOP=1 -p $pg_port $*"); }
as_postgres "-c \"CREATE ROLE $pg_role LOGIN CREATEDB PASSWORD '$pg_password'\" -c \"CREATE DATABASE $pg_role OWNER $pg_role\""

postgresql_cleanup() {
  local databases
  databases="$(cd / && su postgres -c "psql --no-psqlrc -At -p $pg_port -c \"SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE r.rolname = '$pg_role'\"")" || true
  for database in $databases; do as_postgres "-c 'DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)'" || true; done
  as_postgres "-c 'DROP ROLE IF EXISTS $pg_role'" || true
  if [ "$pg_started_here" = yes ]; then pg_ctlcluster --skip-systemctl-redirect "$pg_version" "$pg_cluster" stop || true; fi
}
trap postgresql_cleanup EXIT

export SCAMSENSE_TEST_POSTGRES_URL="postgresql://$pg_role:$pg_password@127.0.0.1:$pg_port/$pg_role"

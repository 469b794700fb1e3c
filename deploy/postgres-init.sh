#!/bin/sh
# Run once by the postgres image, when its data volume is empty (docker-entrypoint-initdb.d): the
# app's own role and database, so the app never connects as the superuser. The role owns the
# database, so it may create the tables that migrations add.
set -e
: "${SCAMSENSE_DB_PASSWORD:?SCAMSENSE_DB_PASSWORD must be set}"
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
  --set app_password="$SCAMSENSE_DB_PASSWORD" <<'SQL'
CREATE ROLE scamsense LOGIN PASSWORD :'app_password';
CREATE DATABASE scamsense OWNER scamsense;
SQL

#!/usr/bin/env bash
# docker-compose only: PostgreSQL's first start runs this (docker-entrypoint-initdb.d). One database per service
# (web: the caseworkers' desk), each with an owner role (runs the migrations; owns the public schema) and a runtime
# role (queries; rights granted by the migrations), plus Keycloak's database. Passwords come from the environment
# docker-compose.yml sets.
set -euo pipefail

create() { # database owner owner_password app app_password
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE $2 LOGIN PASSWORD '$3';
CREATE ROLE $4 LOGIN PASSWORD '$5';
CREATE DATABASE $1 OWNER $2;
REVOKE ALL ON DATABASE $1 FROM PUBLIC;
GRANT CONNECT ON DATABASE $1 TO $4;
SQL
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$1" -c "ALTER SCHEMA public OWNER TO $2;"
}

for db in intake cases consent kronofogden web; do
  create "bokvar_$db" "${db}_owner" "$BOKVAR_DB_OWNER_PASSWORD" "${db}_app" "$BOKVAR_DB_PASSWORD"
done
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE keycloak LOGIN PASSWORD '$KEYCLOAK_DB_PASSWORD';
CREATE DATABASE keycloak OWNER keycloak;
SQL

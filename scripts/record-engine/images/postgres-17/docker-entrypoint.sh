#!/bin/sh
# Stand-in for the official postgres entrypoint: the same decisions and the same messages (docker-library/postgres,
# docker-entrypoint.sh: docker_verify_minimum_env and _main), without initdb.
case "$1" in
  -*) set -- postgres "$@" ;;
esac
if [ "$1" = "postgres" ]; then
  if [ -s "$PGDATA/PG_VERSION" ]; then
    printf '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n'
  else
    if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != "trust" ]; then
      cat >&2 <<'MSG'
Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
MSG
      exit 1
    fi
    echo "The files belonging to this database system will be owned by user \"postgres\"."
    echo "This user must also own the server process."
    echo
    echo "Success. You can now start the database server using:"
    echo
    echo "$PG_MAJOR" > "$PGDATA/PG_VERSION"
    printf '\nPostgreSQL init process complete; ready for start up.\n\n'
  fi
fi
exec "$@"

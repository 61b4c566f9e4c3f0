#!/bin/sh
# Like the official image's entrypoint: a first argument that is a flag or a .conf file means redis-server.
case "$1" in
  -*|*.conf) set -- redis-server "$@" ;;
esac
exec "$@"

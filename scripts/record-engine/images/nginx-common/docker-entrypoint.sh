#!/bin/sh
# Stand-in for nginx's /docker-entrypoint.sh: announces its configuration steps on stdout like the official
# image's entrypoint (docker-library's nginx, docker-entrypoint.sh), then runs the command.
if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
  echo "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
  echo "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/"
  echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh"
  echo "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf"
  echo "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf"
  echo "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh"
  echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh"
  echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh"
  echo "/docker-entrypoint.sh: Configuration complete; ready for start up"
fi
exec "$@"

#!/bin/sh
# Container entrypoint: turn secret files into the settings Kindred reads, then run the
# command. Secrets stay out of the image, the compose file and `docker inspect`.
set -eu

read_secret() {  # read_secret FILE VARIABLE: export VARIABLE from /run/secrets/FILE if present
    if [ -f "/run/secrets/$1" ]; then
        value=$(cat "/run/secrets/$1")
        export "$2=$value"
    fi
}

read_secret database_url DATABASE_URL
read_secret moderator_password_hash KINDRED_MODERATOR_PASSWORD_HASH
# The name key finds every journal by its name: one key for every replica, kept with backups.
read_secret name_key KINDRED_NAME_KEY
# The same cookie secret on every replica, so Streamlit's XSRF cookie stays valid if a
# person's browser is ever routed to another replica.
read_secret streamlit_cookie_secret STREAMLIT_SERVER_COOKIE_SECRET

exec "$@"

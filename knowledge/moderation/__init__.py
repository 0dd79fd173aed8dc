"""The moderation inbox: stories and directory corrections in one queue, moderators\x27 sign-in."""

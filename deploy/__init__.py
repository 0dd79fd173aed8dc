"""Operator files for running Kindred at scale: backups and restore of both stores."""

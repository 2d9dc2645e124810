"""Services: what the bot does, with no Telegram in it.

`practice` runs practice sessions, `staff` does cohorts, assignments, review and exports for
supervisors, instructors and admins, `access` holds who may do what, `exports` writes the export
files and `chart` draws the PNG charts.  Every front end (Telegram, the CLI) calls these.
"""

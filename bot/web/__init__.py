"""The staff web app (`rollwith web`): server-rendered pages over the same storage and access rules
as the bot."""

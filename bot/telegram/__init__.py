"""The Telegram face: the Application (`app`), handlers per role, message rendering and sending.

Handlers parse an update, call a service from `bot.services` and render the result.
`trainee_handlers` and `staff_handlers` never import each other: what both need (the command
menu, `send`, `deliver`, the services in `bot_data`) lives in `commands` and `common`.
"""

"""The web console at /console: login and sessions, CSRF, login throttling, the audit log, the overview and "Try it".

Mounted by `bot.service.app` only when a console credential is set; its own sub-application, so nothing here (its
middleware, its error pages) touches the webhook routes."""

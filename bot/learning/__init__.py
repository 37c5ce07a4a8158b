"""Learning from feedback: reward events, the preference profile and its prompt hints, DPO/KTO export
(`feedback`); the learning cycle and its gates, and the adapter registry's service side (`cycle`).

May import: the ground floor, `bot.storage`, `bot.writing`, and `model_server` (training, scoring, serving)."""

"""Fake platform servers for adapter tests: real HTTP on 127.0.0.1, checked like the real thing."""

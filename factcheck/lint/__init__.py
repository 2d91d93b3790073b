"""Linting drafts: check-worthy sentences of Markdown or text drafts checked one by one."""

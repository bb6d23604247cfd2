"""Northwind Electronics customer-support agent (selfpatch example)."""

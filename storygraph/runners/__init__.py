"""Runners: the same analysis at scale. `ray_engine` runs it inside Ray Data actors."""

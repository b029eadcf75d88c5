"""Permit Tracker: a local-first tracker for a Belgian residence-permit journey."""

__version__ = "0.1.0"
APP_ID = "be.permittracker.PermitTracker"
APP_NAME = "Permit Tracker"

"""The web UI and JSON API over a Limelight database: ``limelight serve`` runs ``app.create_app``."""

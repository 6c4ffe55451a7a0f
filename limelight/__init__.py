"""Limelight: scraped celebrity news in, a sourced knowledge graph out."""

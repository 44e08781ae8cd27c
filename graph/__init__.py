"""The partnership graph: typed model, schema, stores, mirror, analysis and exports."""

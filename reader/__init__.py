"""Dossier's reader: documents (Qt-free, `reader.document`), services, CLI and the Qt app (`reader.ui`)."""

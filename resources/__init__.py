"""Dossier's bundled files (codebook, gazetteers, samples, desktop entry). Installed as the package
`annotations.bundled` so they travel inside the wheel; read them through `annotations.resources`."""

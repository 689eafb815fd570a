"""Local runner: serves template.yaml's API on localhost with AWS emulated by moto in-process."""

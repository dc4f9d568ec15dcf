"""Qt-free services: what the app's windows and the command line ask of the core."""

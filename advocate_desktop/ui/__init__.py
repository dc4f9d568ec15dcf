"""Every Qt widget, model and worker.  Nothing outside ui/ and app.py imports Qt."""

"""The post state machine and the due-post runner.  No Qt: the UI drives it with a timer."""

"""Publishers, one module per network, behind the :class:`Publisher` protocol."""

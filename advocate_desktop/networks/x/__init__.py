"""X (formerly Twitter): OAuth 2.0 with PKCE through the company's X app, posts and images."""

"""Debian's nginx on a loopback port, serving a folder: ETag, Last-Modified, 304, gzip.

Started in the foreground as the current user (``master_process off``), with every
path inside a scratch folder, so it needs no root and leaves nothing behind.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

CONFIG = """
daemon off;
master_process off;
worker_processes 1;
error_log {scratch}/error.log warn;
pid {scratch}/nginx.pid;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {scratch}/body;
    proxy_temp_path {scratch}/proxy;
    fastcgi_temp_path {scratch}/fastcgi;
    uwsgi_temp_path {scratch}/uwsgi;
    scgi_temp_path {scratch}/scgi;
    types {{
        application/feed+json json;
        text/html html;
        application/zip zip;
        application/rss+xml rss;
        application/atom+xml atom;
        application/octet-stream bin;
    }}
    default_type application/octet-stream;
    gzip on;
    gzip_min_length 1;
    gzip_types application/feed+json application/octet-stream application/rss+xml;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location = /error500 {{ return 500; }}
        location = /loop-a {{ return 302 /loop-b; }}
        location = /loop-b {{ return 302 /loop-a; }}
        location = /moved {{ return 301 /feed.json; }}
        location = /to-plain-http {{ return 302 http://example.com/feed.json; }}
        location /slow/ {{ alias {root}/; limit_rate 2k; gzip off; }}
        {extra}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Nginx:
    def __init__(self, root: Path, scratch: Path, extra: str = "") -> None:
        """``extra``: more directives for the server block (a location to test)."""
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(binary).exists():
            raise RuntimeError("nginx is not installed (scripts/install-system-deps.sh test)")
        self.root = root
        self.port = free_port()
        scratch.mkdir(parents=True, exist_ok=True)
        config = scratch / "nginx.conf"
        config.write_text(CONFIG.format(scratch=scratch, port=self.port, root=root, extra=extra))
        self.process = subprocess.Popen(
            [binary, "-c", str(config), "-p", str(scratch), "-e", str(scratch / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait_until_listening(scratch)

    def _wait_until_listening(self, scratch: Path) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (
                    (scratch / "error.log").read_text() if (scratch / "error.log").exists() else ""
                )
                raise RuntimeError(f"nginx exited: {log}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("nginx did not start listening")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path.lstrip('/')}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

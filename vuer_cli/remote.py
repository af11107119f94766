"""Talking to a running server over HTTP: ``/sessions``, ``/relay`` and ``/render``.

Used by ``vuer sessions``, ``vuer relay`` and ``vuer render --url``. Plain ``urllib`` (the
calls are one request each); every failure is a ``RemoteError`` whose message says what went
wrong in words a person can act on (server down, refused token, the server's own reason).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import msgpack

__all__ = ["RemoteError", "Remote", "DEFAULT_URL"]

DEFAULT_URL = "http://localhost:8012"


class RemoteError(RuntimeError):
    """A request to the server failed; ``status`` is the HTTP status (0 when unreachable)."""

    def __init__(self, message: str, status: int = 0):
        super().__init__(message)
        self.status = status


@dataclass
class Remote:
    url: str = DEFAULT_URL
    token: str | None = None
    timeout: float = 10.0

    def _request(self, method: str, path: str, query: dict | None = None, body: bytes | None = None, content_type: str | None = None):
        base = self.url if "://" in self.url else f"http://{self.url}"
        parsed = urllib.parse.urlsplit(base)
        if parsed.scheme in ("ws", "wss"):
            parsed = parsed._replace(scheme="http" if parsed.scheme == "ws" else "https")
        url = urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, path, urllib.parse.urlencode(query or {}), ""))
        request = urllib.request.Request(url, data=body, method=method)
        if content_type:
            request.add_header("Content-Type", content_type)
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            payload = exc.read()
            reason = _reason(payload) or exc.reason
            if exc.code == 401:
                reason = "the server refused the token" + (" (none given: pass --token or set VUER_TOKEN)" if not self.token else "")
            raise RemoteError(f"{method} {path}: HTTP {exc.code}: {reason}", exc.code) from None
        except (urllib.error.URLError, OSError) as exc:
            why = getattr(exc, "reason", exc)
            raise RemoteError(f"cannot reach a vuer server at {base} ({why}); is `vuer serve` running there?") from None

    def sessions(self) -> list[dict]:
        _, _, body = self._request("GET", "/sessions")
        return json.loads(body)["sessions"]

    def relay(self, events: list[dict], sid: str) -> dict:
        body = msgpack.packb(events if len(events) != 1 else events[0], use_bin_type=True, use_single_float=True)
        _, _, payload = self._request("POST", "/relay", {"sid": sid}, body, "application/msgpack")
        return json.loads(payload)

    def render(self, sid: str | None = None, quality: float = 0.95, fmt: str = "png", timeout: float = 10.0) -> tuple[bytes, dict]:
        query = {"quality": quality, "format": fmt, "ttl": timeout}
        if sid:
            query["sid"] = sid
        _, headers, body = self._request("GET", "/render", query)
        return body, headers


def _reason(payload: bytes) -> str | None:
    try:
        return json.loads(payload).get("error")
    except Exception:
        return payload.decode(errors="replace").strip()[:300] or None

"""The control protocol accepts well-formed requests and rejects everything else cleanly."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knotbreak.core.protocol import MAX_REQUEST_BYTES, ProtocolError, Request, decode_request, encode


@pytest.mark.parametrize(
    ("message", "request_"),
    [
        ({"command": "status"}, Request("status")),
        ({"command": "snooze"}, Request("snooze")),
        ({"command": "snooze", "minutes": 5}, Request("snooze", minutes=5.0)),
        ({"command": "pause", "seconds": 1800}, Request("pause", seconds=1800.0)),
        ({"command": "pause", "until": "tomorrow"}, Request("pause", until="tomorrow")),
        ({"command": "pause"}, Request("pause")),
        ({"command": "quit"}, Request("quit")),
    ],
)
def test_well_formed_requests(message: dict, request_: Request) -> None:
    assert decode_request(json.dumps(message).encode()) == request_


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"not json", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"command": "format-disk"}', "unknown command"),
        (b'{"cmd": "status"}', "unknown command None"),
        (b'{"command": "status", "extra": 1}', "unexpected fields: extra"),
        (b'{"command": "snooze", "minutes": "ten"}', "'minutes' must be a number"),
        (b'{"command": "snooze", "minutes": true}', "'minutes' must be a number"),
        (b'{"command": "snooze", "minutes": 0}', "between 1 and 240"),
        (b'{"command": "snooze", "minutes": NaN}', "must be a number"),
        (b'{"command": "pause", "seconds": 1e12}', "between"),
        (b'{"command": "pause", "until": "next year"}', "'until'"),
        (b'{"command": "pause", "until": "tomorrow", "seconds": 60}', "not both"),
        (b'{"command": "skip", "minutes": 5}', "does not go with"),
        (b"\xff\xfe", "not valid JSON"),
        (b"[" * 100_000, "too long"),
        (b"[" * 4000, "not valid JSON"),
    ],
)
def test_malformed_requests_raise_protocol_error(raw: bytes, error: str) -> None:
    with pytest.raises(ProtocolError, match=error.replace("(", r"\(")):
        decode_request(raw)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=MAX_REQUEST_BYTES + 10))
def test_any_bytes_give_a_request_or_a_protocol_error(raw: bytes) -> None:
    try:
        decode_request(raw)
    except ProtocolError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(
    st.sampled_from(["command", "minutes", "seconds", "until", "x"]),
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
))
def test_any_json_object_gives_a_request_or_a_protocol_error(message: dict) -> None:
    try:
        decode_request(json.dumps(message).encode())
    except ProtocolError:
        pass


def test_encode_is_one_line() -> None:
    assert encode({"ok": True, "text": "a\nb"}).count(b"\n") == 1

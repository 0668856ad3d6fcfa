"""Readers: every input becomes an article or a Skipped naming the input and the reason."""

from __future__ import annotations

import io
from pathlib import Path

from diurna.ingest import read_inputs
from diurna.model import RawArticle, Skipped


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        b'{"id": "a1", "text": "Russia condemned Turkey.", "date": "2015-11-25"}\n'
        b"{not json}\n"
        b'{"id": "a3"}\n'
        b'"just a string"\n'
        b'{"id": "a5", "text": "\xff\xfe bad bytes"}\n'
        b'{"text": "No id here."}\n'
    )
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], RawArticle) and items[0].id == "a1"
    assert isinstance(items[1], Skipped) and items[1].origin.endswith("a.jsonl:2")
    assert "malformed JSON" in items[1].reason
    assert isinstance(items[2], Skipped) and items[2].id == "a3" and "text" in items[2].reason
    assert isinstance(items[3], Skipped) and "JSON object" in items[3].reason
    assert isinstance(items[4], Skipped) and "UTF-8" in items[4].reason
    assert isinstance(items[5], RawArticle) and items[5].id is None
    assert len(items) == 6


def test_empty_binary_missing_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    items = list(
        read_inputs(
            [
                str(tmp_path / "empty.txt"),
                str(tmp_path / "bin.txt"),
                str(tmp_path / "latin.txt"),
                str(tmp_path / "nope.jsonl"),
            ]
        )
    )
    reasons = [i.reason for i in items if isinstance(i, Skipped)]
    assert reasons == [
        "empty file",
        "binary file (NUL bytes), not text",
        "not valid UTF-8 (byte 3)",
        "no such file or directory",
    ]


def test_txt_title_and_directory_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second\n\nBody two.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First title\n\nBody one.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [(i.id, i.title, i.text) for i in items if isinstance(i, RawArticle)] == [
        ("a", "First title", "Body one."),
        ("b", "Second", "Body two."),
    ]


def test_stdin() -> None:
    stream = io.StringIO('{"id": "s1", "text": "Hello."}\n\n{"id": "s2", "text": "Bye."}\n')
    items = list(read_inputs(["-"], stdin=stream))
    assert [i.id for i in items] == ["s1", "s2"]


def test_a_one_line_lead_paragraph_is_text_not_a_title(tmp_path: Path) -> None:
    lead = "NAIROBI (Reuters) - Gunmen attacked a shopping mall on Saturday, officials said."
    (tmp_path / "lead.txt").write_text(
        f"{lead}\n\nThe African Union condemned it.", encoding="utf-8"
    )
    (item,) = read_inputs([str(tmp_path / "lead.txt")])
    assert isinstance(item, RawArticle)
    assert item.title is None and item.text.startswith(lead)


def test_a_headline_ending_with_an_abbreviation_is_still_a_title(tmp_path: Path) -> None:
    head = "Iran and U.S. resume talks in Oman after meeting in the U.S."
    (tmp_path / "h.txt").write_text(
        f"{head}\n\nMUSCAT, May 8 (Reuters) - They met.", encoding="utf-8"
    )
    (item,) = read_inputs([str(tmp_path / "h.txt")])
    assert isinstance(item, RawArticle)
    assert item.title == head and item.text.startswith("MUSCAT")

"""What the status bar shows of a message: one readable line, no temporary paths."""

from __future__ import annotations

from advocate_desktop.text.status_summary import STATUS_LENGTH, status_summary


def test_a_short_message_is_shown_whole() -> None:
    assert status_summary("Scheduled for 9:00.") == ("Scheduled for 9:00.", False)


def test_paths_are_shortened_to_their_file_name() -> None:
    text = (
        "Something went wrong: [Errno 2] No such file or directory: '/tmp/pytest-of-root/x/a.png'"
    )
    short, more = status_summary(text)
    assert short == "Something went wrong: [Errno 2] No such file or directory: 'a.png'" and more
    windows = r"Cannot read C:\Users\ola\AppData\Local\Temp\pack.zip"
    assert status_summary(windows)[0] == "Cannot read pack.zip"


def test_a_long_or_many_line_message_is_cut_at_a_word_and_says_there_is_more() -> None:
    long = "The sign-in did not complete because " + "the server kept saying no " * 10
    short, more = status_summary(long)
    assert more and short.endswith("…") and len(short) <= STATUS_LENGTH
    assert not short[:-1].endswith(" ")
    assert status_summary("First line.\nTraceback follows") == ("First line.", True)


def test_a_web_address_is_not_a_path() -> None:
    text = "Your browser could not be opened at https://bsky.app/intent/compose?text=Hi"
    assert status_summary(text) == (text, False)
    assert status_summary("See docs/scheduling.md and ./build/x.png")[0] == (
        "See docs/scheduling.md and ./build/x.png"
    )

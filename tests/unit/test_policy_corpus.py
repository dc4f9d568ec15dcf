"""The policy against a corpus of realistic posts with their expected findings."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import builtin_rules, combine, load_policy_file, parse_policy

CORPUS = Path(__file__).resolve().parent.parent / "data" / "policy-corpus.yaml"


@cache
def corpus() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return PolicyEngine(
        combine(
            builtin_rules(),
            load_policy_file(demo_pack_dir() / "policy.json"),
            parse_policy(corpus()["it_policy"], "it"),
        )
    )


def test_the_corpus_is_large_and_bilingual() -> None:
    posts = corpus()["posts"]
    languages = Counter(post["lang"] for post in posts)
    assert len(posts) >= 60 and languages["pl"] >= 30 and languages["en"] >= 30
    assert len({post["id"] for post in posts}) == len(posts)
    kinds = {rule.split(".")[0] for post in posts for rule, *_ in post["expect"]}
    assert kinds == {"builtin", "nordvik", "it"}
    clean = [post for post in posts if not post["expect"]]
    assert len(clean) >= 15  # false-positive guards carry as much weight as findings


@pytest.mark.parametrize("post", corpus()["posts"], ids=lambda post: post["id"])
def test_post(engine: PolicyEngine, post: dict[str, Any]) -> None:
    result = engine.check(
        post["text"],
        networks=[post.get("network", "linkedin")],
        language=post["lang"],
        company_content=post.get("from_feed", False),
    )
    found = Counter((f.rule, f.text) for f in result.findings)
    expected = Counter((rule, text) for rule, text, *_ in post["expect"])
    assert found == expected
    severities = {(f.rule, f.text): f.severity.value for f in result.findings}
    for rule, text, *severity in post["expect"]:
        assert severities[(rule, text)] == (severity or [severities[(rule, text)]])[0]
    for finding in result.findings:  # spans point at the text they name
        assert post["text"][finding.start : finding.end] == finding.text

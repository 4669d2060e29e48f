"""Concurrency: gunicorn with 4 workers, 16 clients, 500 distinct articles (Arabic and English) plus 200
duplicate re-posts. Every article is stored exactly once with all its claims; no 5xx, no lock errors."""
from __future__ import annotations

import hashlib
import http.client
import json
import random
import sqlite3
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from server import running_server

pytestmark = pytest.mark.slow

EN_SUBJECTS = ["The transport ministry", "Harbor Freight Lines", "The city council of Leeds", "Nordbank",
               "The regional health authority", "Vega Motors", "The university hospital", "Atlas Mining"]
EN_VERBS = [("cut", "jobs"), ("hired", "workers"), ("closed", "branches"), ("opened", "clinics"),
            ("recalled", "vehicles"), ("evacuated", "residents")]
EN_SOURCES = ["a spokesperson said", "officials told reporters", "according to a statement",
              "sources familiar with the matter said", "the chief executive said in an interview"]
EN_DAYS = ["on Monday", "last week", "in March 2024", "on 12 June", "earlier this month"]
AR_SUBJECTS = ["وزارة النقل", "شركة الخليج للملاحة", "بلدية الزرقاء", "البنك الوطني", "هيئة الصحة",
               "شركة الفجر للسيارات", "المستشفى الجامعي", "شركة الأطلس للتعدين"]
AR_VERBS = [("سرّحت", "موظفا"), ("عيّنت", "عاملا"), ("أغلقت", "فرعا"), ("افتتحت", "عيادة"),
            ("استدعت", "سيارة"), ("أجلت", "ساكنا")]
AR_SOURCES = ["قال متحدث باسمها", "أفاد مسؤولون للصحفيين", "بحسب بيان رسمي", "قالت مصادر مطلعة",
              "صرّح المدير التنفيذي في مقابلة"]
AR_DAYS = ["يوم الاثنين", "الأسبوع الماضي", "في مارس ٢٠٢٤", "في ١٢ يونيو", "في وقت سابق هذا الشهر"]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _en(rng: random.Random, n: int) -> str:
    sentences = [f"{rng.choice(EN_SUBJECTS)} {verb} {rng.randint(2, 9000)} {noun} {rng.choice(EN_DAYS)}, "
                 f"{rng.choice(EN_SOURCES)}." for verb, noun in rng.sample(EN_VERBS, 4)]
    sentences.append(f"The figure is about {rng.randint(2, 95)}% of the total, report number {n} said.")
    return f"Report {n}: {rng.choice(EN_SUBJECTS)} update\n\n" + " ".join(sentences)


def _ar(rng: random.Random, n: int) -> str:
    sentences = [f"{rng.choice(AR_SOURCES)} إن {rng.choice(AR_SUBJECTS)} {verb} "
                 f"{str(rng.randint(11, 9000)).translate(AR_DIGITS)} {noun} {rng.choice(AR_DAYS)}."
                 for verb, noun in rng.sample(AR_VERBS, 4)]
    sentences.append(f"وتمثل هذه النسبة نحو {str(rng.randint(2, 95)).translate(AR_DIGITS)}٪ من الإجمالي "
                     f"بحسب التقرير رقم {str(n).translate(AR_DIGITS)}.")
    return f"تقرير {str(n).translate(AR_DIGITS)}: {rng.choice(AR_SUBJECTS)}\n\n" + " ".join(sentences)


def make_articles(count: int, seed: int = 7) -> list[dict]:
    """``count`` distinct short articles (~300-800 characters), alternating Arabic and English."""
    rng, out = random.Random(seed), []
    for n in range(count):
        text = _ar(rng, n) if n % 2 else _en(rng, n)
        body = {"text": text, "publisher": rng.choice(["Daily Star", "الغد", "Wire One", "الرأي"]),
                "published_at": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        out.append(body)
    return out


def expected_id(body: dict) -> str:
    return hashlib.sha256(body["text"].encode("utf-8")).hexdigest()[:16]


def post_json(base: str, path: str, body: dict, timeout: float = 120) -> tuple[int, dict | None, str]:
    """(status, json body or None, raw text) over a fresh http.client connection."""
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        conn.request("POST", path, body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                     headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        raw = resp.read().decode("utf-8", "replace")
        try:
            return resp.status, json.loads(raw), raw
        except ValueError:
            return resp.status, None, raw
    finally:
        conn.close()


def check_store(db_path) -> dict:
    """Integrity figures of a database written by the server."""
    conn = sqlite3.connect(db_path)
    try:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        return {
            "integrity": q("PRAGMA integrity_check")[0][0],
            "articles": q("SELECT count(*) FROM articles")[0][0],
            "short": q("SELECT count(*) FROM articles a WHERE a.claim_count != "
                       "(SELECT count(*) FROM claims c WHERE c.article_id = a.id)")[0][0],
            "orphan_claims": q("SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)")[0][0],
            "orphan_keys": q("SELECT count(*) FROM claim_keys WHERE claim_id NOT IN (SELECT id FROM claims)")[0][0],
            "orphan_matches": q("SELECT count(*) FROM matches WHERE claim_id NOT IN (SELECT id FROM claims) "
                                "OR other_id NOT IN (SELECT id FROM claims)")[0][0],
            "ids": {r[0] for r in q("SELECT id FROM articles")},
        }
    finally:
        conn.close()


def test_16_clients_4_workers_store_every_article_once(tmp_path):
    distinct = make_articles(500)
    rng = random.Random(11)
    jobs = [(b, False) for b in distinct] + [(rng.choice(distinct), True) for _ in range(200)]
    rng.shuffle(jobs)
    results, lock = [], threading.Lock()

    def send(job):
        body, dup = job
        status, data, raw = post_json(base, "/v1/articles", body)
        with lock:
            results.append((body, dup, status, data, raw))

    db_path = tmp_path / "conc.db"
    with running_server(db_path, workers=4) as base:
        started = time.perf_counter()
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(send, jobs))
        wall = time.perf_counter() - started
    statuses = Counter(r[2] for r in results)
    errors = [r for r in results if r[2] not in (200, 201)]
    store = check_store(db_path)
    print(f"\nconcurrency: posted {len(jobs)} ({len(distinct)} distinct + 200 re-posts), statuses {dict(statuses)}, "
          f"stored {store['articles']}, errors {len(errors)}, wall {wall:.1f} s "
          f"({len(jobs) / wall:.0f} requests/s)")
    assert not errors, errors[:3]
    assert not any("database is locked" in r[4] for r in results)
    assert statuses[201] == len(distinct) and statuses[200] == 200
    assert all(r[3]["id"] == expected_id(r[0]) for r in results)
    assert all(r[3]["claim_count"] == len(r[3]["claims"]) for r in results)
    assert store["integrity"] == "ok"
    assert store["ids"] == {expected_id(b) for b in distinct}
    assert store["short"] == store["orphan_claims"] == store["orphan_keys"] == store["orphan_matches"] == 0

"""Marshmallow schemas: the single source of truth for validation, output shape and OpenAPI."""
from __future__ import annotations

from datetime import datetime

from flask import current_app
from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates

from ..lexicons import load_json
from ..models import ATTRIBUTION_TYPES, LANGUAGES, QUALIFIERS

# the event types the extraction lexicons define (the same set in every language)
EVENT_TYPES = tuple(sorted({e for lang in LANGUAGES for e in load_json(lang, "events").get("events", {})}))


class CleanString(fields.String):
    """A string that must be valid Unicode (no unpaired surrogates)."""

    def _deserialize(self, value, attr, data, **kwargs):
        out = super()._deserialize(value, attr, data, **kwargs)
        try:
            out.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValidationError("Contains an unpaired surrogate: not valid Unicode text.") from exc
        return out


def parse_published(value: str) -> datetime:
    """ISO 8601 date or date-time (``Z`` accepted); ValueError otherwise."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


class Strict(Schema):
    class Meta:
        unknown = RAISE
        ordered = True


# ---- output objects -------------------------------------------------------------------------

class SpanSchema(Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True, metadata={"description": "code-point offset, inclusive"})
    end = fields.Integer(required=True, metadata={"description": "code-point offset, exclusive"})


class QuantitySchema(SpanSchema):
    value = fields.Float(required=True, metadata={"description": "in base units: 4.3 مليار → 4300000000"})
    unit = fields.String(allow_none=True, metadata={
        "description": "ISO 4217 code, percent, percentage_point, times, rank (a position in a ranking), "
                       "a rate such as USD/barrel, or the counted noun's class (person, home, …)"})
    qualifier = fields.String(validate=validate.OneOf(QUALIFIERS))
    total = fields.Float(allow_none=True, metadata={
        "description": "the whole a part is of (6 of 12 founders → 12), or the size of a ranking (145th of 180 → 180)"})


class DateSchema(SpanSchema):
    value = fields.String(required=True, metadata={"description": "YYYY, YYYY-MM or YYYY-MM-DD"})
    precision = fields.String(metadata={"description": "year, month or day"})
    relative = fields.Boolean(metadata={"description": "resolved against published_at"})


class AttributionSchema(Schema):
    type = fields.String(required=True, validate=validate.OneOf(ATTRIBUTION_TYPES))
    source = fields.Nested(SpanSchema, allow_none=True)
    cue = fields.Nested(SpanSchema, allow_none=True)
    cited = fields.Nested(SpanSchema, allow_none=True,
                          metadata={"description": "the source the immediate source cites"})
    cited_type = fields.String(allow_none=True, validate=validate.OneOf(ATTRIBUTION_TYPES), metadata={
        "description": "the type the cited source has on its own ('Reuters, citing an official who declined to be "
                       "named' → anonymous); null without a cited source"})
    rests_on = fields.String(validate=validate.OneOf(ATTRIBUTION_TYPES), metadata={
        "description": "the type of the source at the end of the chain: cited_type where there is a cited source, "
                       "else type"})
    source_kind = fields.String(allow_none=True)
    carried = fields.Boolean(metadata={"description": "inherited from an earlier sentence"})


class ClaimSchema(Schema):
    id = fields.String(required=True)
    article_id = fields.String(required=True)
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    language = fields.String(required=True)
    event = fields.String(allow_none=True, metadata={"enum": [*EVENT_TYPES, None]})
    subject = fields.Nested(SpanSchema, allow_none=True)
    subject_key = fields.String(allow_none=True)
    quantities = fields.List(fields.Nested(QuantitySchema), required=True)
    dates = fields.List(fields.Nested(DateSchema), required=True)
    attribution = fields.Nested(AttributionSchema, required=True)
    source_id = fields.Integer(allow_none=True)
    checkworthiness = fields.Float()
    negated = fields.Boolean()


class ArticleSchema(Schema):
    id = fields.String(required=True)
    title = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    publisher = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True)
    language = fields.String(required=True)
    sha256 = fields.String(required=True)
    ingested_at = fields.String(required=True)
    claim_count = fields.Integer(required=True)


class ArticleFullSchema(ArticleSchema):
    text = fields.String(required=True)
    claims = fields.List(fields.Nested(ClaimSchema))


class ArticleListSchema(Schema):
    items = fields.List(fields.Nested(ArticleSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class ClaimListSchema(Schema):
    items = fields.List(fields.Nested(ClaimSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class ProblemSchema(Schema):
    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    instance = fields.String(allow_none=True)
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))


class HealthSchema(Schema):
    status = fields.String(required=True)
    database = fields.String()
    articles = fields.Integer()
    claims = fields.Integer()
    pipeline = fields.String(metadata={
        "description": "'compiled' when the extraction and matching pipeline runs from the mypyc build "
                       "(make native), 'python' when it runs from the sources; results are the same"})


# ---- input ----------------------------------------------------------------------------------

class ArticleCreateSchema(Strict):
    text = CleanString(required=True, metadata={"description": "the article, first line = headline"})
    title = CleanString(allow_none=True, validate=validate.Length(max=1000))
    url = CleanString(allow_none=True, validate=validate.Length(max=2048))
    publisher = CleanString(allow_none=True, validate=validate.Length(max=500))
    published_at = CleanString(allow_none=True, metadata={"description": "ISO 8601 date or date-time"})
    language = CleanString(allow_none=True, validate=validate.OneOf(LANGUAGES))

    @validates("text")
    def _text(self, value: str, **_):
        if not value.strip():
            raise ValidationError("Must contain some non-whitespace text.")
        limit = current_app.config["MAX_TEXT_LENGTH"]
        if len(value) > limit:
            raise ValidationError(f"Longer than the limit of {limit} characters ({len(value)}).")

    @validates("published_at")
    def _published(self, value: str | None, **_):
        if value is None:
            return
        try:
            parse_published(value)
        except ValueError as exc:
            raise ValidationError("Not an ISO 8601 date or date-time (e.g. 2025-09-13T11:48:00+03:00).") from exc


class PageArgs(Strict):
    limit = fields.Integer(load_default=None, validate=validate.Range(min=1, max=500),
                           metadata={"description": "page size (default 50, max 500)"})
    cursor = CleanString(load_default=None, validate=validate.Length(max=200),
                         metadata={"description": "next_cursor of the previous page"})


class ArticleListArgs(PageArgs):
    publisher = CleanString(load_default=None)
    language = CleanString(load_default=None, validate=validate.OneOf(LANGUAGES))
    since = fields.Date(load_default=None, metadata={"description": "published on or after (YYYY-MM-DD)"})


class ClaimListArgs(PageArgs):
    attribution = CleanString(load_default=None, validate=validate.OneOf(ATTRIBUTION_TYPES),
                              metadata={"description": "the claim's own attribution type"})
    rests_on = CleanString(load_default=None, validate=validate.OneOf(ATTRIBUTION_TYPES), metadata={
        "description": "the type of the source at the end of the attribution chain: rests_on=anonymous adds the "
                       "claims an outlet relays from unnamed sources to those typed anonymous"})
    article_id = CleanString(load_default=None, validate=validate.Length(max=64))
    event = CleanString(load_default=None, validate=validate.OneOf(EVENT_TYPES))
    language = CleanString(load_default=None, validate=validate.OneOf(LANGUAGES))
    q = CleanString(load_default=None, validate=validate.Length(min=1, max=500),
                    metadata={"description": "fuzzy text search; best matches first"})
    source_id = fields.Integer(load_default=None, validate=validate.Range(min=1, max=2**62))
    publisher = CleanString(load_default=None)
    since = fields.Date(load_default=None, metadata={"description": "article published on or after"})
    min_checkworthiness = fields.Float(load_default=None, validate=validate.Range(min=0, max=1))

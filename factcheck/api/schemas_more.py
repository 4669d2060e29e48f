"""Schemas of sources, matches, conflicts, comparison, provenance and attribution reports."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from ..models import ATTRIBUTION_TYPES, LANGUAGES, RELATIONS
from ..store.sources import KINDS
from .schemas import (
    EVENT_TYPES,
    ArticleSchema,
    AttributionSchema,
    ClaimSchema,
    CleanString,
    PageArgs,
    SpanSchema,
    Strict,
)


class SourceSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True)
    origin = fields.String(metadata={"description": "gazetteer, api or extracted"})
    created_at = fields.String()
    aliases = fields.List(fields.String())
    claim_count = fields.Integer()


class SourceListSchema(Schema):
    items = fields.List(fields.Nested(SourceSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class SourceListArgs(PageArgs):
    kind = CleanString(load_default=None, validate=validate.OneOf(KINDS))
    q = CleanString(load_default=None, validate=validate.Length(min=1, max=200),
                    metadata={"description": "name or alias contains (any script, folded)"})


class SourceCreateSchema(Strict):
    name = CleanString(required=True, validate=validate.Length(min=1, max=300))
    kind = CleanString(required=True, validate=validate.OneOf(KINDS))
    aliases = fields.List(CleanString(validate=validate.Length(min=1, max=300)), load_default=list,
                          validate=validate.Length(max=100))


class AliasCreateSchema(Strict):
    alias = CleanString(required=True, validate=validate.Length(min=1, max=300))


class MatchSchema(Schema):
    claim = fields.Nested(ClaimSchema, required=True)
    relation = fields.String(required=True, validate=validate.OneOf(RELATIONS))
    score = fields.Float(required=True)
    reasons = fields.List(fields.String(), required=True)


class MatchListSchema(Schema):
    items = fields.List(fields.Nested(MatchSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class MatchArgs(PageArgs):
    relation = CleanString(load_default=None, validate=validate.OneOf(("agrees", "conflicts", "related")))


class ConflictSchema(Schema):
    a = fields.Nested(ClaimSchema, required=True)
    b = fields.Nested(ClaimSchema, required=True)
    score = fields.Float(required=True)
    reasons = fields.List(fields.String(), required=True)


class ConflictListSchema(Schema):
    items = fields.List(fields.Nested(ConflictSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class ConflictArgs(PageArgs):
    article_id = CleanString(load_default=None, validate=validate.Length(max=64))
    event = CleanString(load_default=None, validate=validate.OneOf(EVENT_TYPES))
    since = fields.Date(load_default=None)


class StatementSchema(Strict):
    text = CleanString(required=True, validate=validate.Length(min=1, max=20000))
    language = CleanString(allow_none=True, validate=validate.OneOf(LANGUAGES))
    published_at = CleanString(allow_none=True)


class CompareInSchema(Strict):
    a = fields.Raw(required=True, metadata={"description": "a statement: text, or {text, language?, published_at?}"})
    b = fields.Raw(required=True, metadata={"description": "the other statement, same forms"})
    a_language = CleanString(allow_none=True, validate=validate.OneOf(LANGUAGES))
    b_language = CleanString(allow_none=True, validate=validate.OneOf(LANGUAGES))


class FrameSchema(Schema):
    text = fields.String()
    language = fields.String()
    event = fields.String(allow_none=True, metadata={"enum": [*EVENT_TYPES, None]})
    subject = fields.String(allow_none=True)
    quantities = fields.List(fields.Dict())
    dates = fields.List(fields.Dict())
    negated = fields.Boolean()
    entities = fields.List(fields.String())


class CompareOutSchema(Schema):
    relation = fields.String(required=True, validate=validate.OneOf(RELATIONS))
    score = fields.Float(required=True)
    reasons = fields.List(fields.String(), required=True)
    a = fields.Nested(FrameSchema, required=True)
    b = fields.Nested(FrameSchema, required=True)


class ArticleRefSchema(Schema):
    id = fields.String()
    title = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    publisher = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True)
    ingested_at = fields.String()


class ProvenanceSchema(Schema):
    claim = fields.Nested(ClaimSchema, required=True)
    article = fields.Nested(ArticleRefSchema, required=True)
    span = fields.Nested(SpanSchema, required=True)
    attribution = fields.Nested(AttributionSchema, required=True)
    source = fields.Nested(SourceSchema, allow_none=True)
    source_chain = fields.List(fields.Nested(SpanSchema))
    first_appearance = fields.Dict(metadata={"description": "claim_id, article, dated_by"})
    origin_sources = fields.List(fields.Dict())
    independent_sources = fields.Integer(required=True)
    cluster = fields.List(fields.Dict())


class ProvenanceArgs(Strict):
    format = CleanString(load_default="json", validate=validate.OneOf(("json", "prov")),
                         metadata={"description": "json (default) or prov (W3C PROV-JSON)"})


class TypeShareSchema(Schema):
    count = fields.Integer()
    share = fields.Float()


def _by_type():
    return fields.Dict(keys=fields.String(validate=validate.OneOf(ATTRIBUTION_TYPES)),
                       values=fields.Nested(TypeShareSchema))


class ArticleAttributionSchema(Schema):
    article = fields.Nested(ArticleSchema, required=True)
    total = fields.Integer(required=True)
    by_type = _by_type()
    anonymous_claims = fields.List(fields.Nested(ClaimSchema))
    relayed_anonymous_claims = fields.List(fields.Nested(ClaimSchema), metadata={
        "description": "claims a named or official source relays from an unnamed one (rests_on anonymous)"})


class PublisherStatsSchema(Schema):
    publisher = fields.String(allow_none=True)
    total = fields.Integer()
    by_type = _by_type()


class AttributionStatsSchema(Schema):
    total = fields.Integer(required=True)
    by_type = _by_type()
    publishers = fields.List(fields.Nested(PublisherStatsSchema))


class StatsArgs(Strict):
    publisher = CleanString(load_default=None)
    since = fields.Date(load_default=None)

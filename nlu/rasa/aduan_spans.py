"""A Rasa graph component that repairs the borders of place spans (the rules live in :mod:`span_repair`).

It sits after DIETClassifier and RegexEntityExtractor, so it sees both DIET's learned spans and the
lookup table's exact names, and replaces them by one repaired span per place mention. What it learns in
training: which words the team's sentences keep outside place spans, the place names of the ``location``
lookup table, and every unit name of the gazetteer (the file named by ``ADUAN_SPAN_NAMES``, written by
``nlu/train.py``), ordinary-word names included, since a name is only completed here, never found.

Registered in ``nlu/rasa/config.yml`` as ``aduan_spans.SpanRepairer``.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from span_repair import SpanVocab, repair

log = logging.getLogger(__name__)

_FILE = "span_vocab.json"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class SpanRepairer(GraphComponent, EntityExtractorMixin):
    """Replaces the ``entity`` spans found so far by repaired ones (see :mod:`span_repair`)."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"entity": "location", "lookup": "location", "min_count": 3, "max_inside": 0.1}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource) -> None:
        self.config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._vocab: SpanVocab | None = None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SpanRepairer:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SpanRepairer:
        component = cls(config, model_storage, resource)
        try:
            with model_storage.read_from(resource) as folder:
                component._vocab = SpanVocab.from_dict(
                    json.loads((folder / _FILE).read_text(encoding="utf-8"))
                )
        except (ValueError, FileNotFoundError):
            log.warning("SpanRepairer: no trained vocabulary in storage; place spans are passed on as found")
        return component

    def train(self, training_data: TrainingData) -> Resource:
        entity = self.config["entity"]
        examples = [
            (
                m.get(TEXT),
                [
                    (int(e["start"]), int(e["end"]))
                    for e in m.get(ENTITIES) or []
                    if e.get("entity") == entity
                ],
            )
            for m in training_data.training_examples
            if m.get(TEXT)
        ]
        names = [
            name
            for table in training_data.lookup_tables
            if table.get("name") == self.config["lookup"]
            for name in (table.get("elements") or [])
            if isinstance(name, str)
        ]
        names_file = os.environ.get("ADUAN_SPAN_NAMES")  # every unit name, written by nlu/train.py
        if names_file and os.path.exists(names_file):
            with open(names_file, encoding="utf-8") as handle:
                names.extend(line.strip() for line in handle if line.strip())
        self._vocab = SpanVocab.learn(
            examples,
            names,
            min_count=int(self.config["min_count"]),
            max_inside=float(self.config["max_inside"]),
        )
        with self._storage.write_to(self._resource) as folder:
            (folder / _FILE).write_text(json.dumps(self._vocab.to_dict()), encoding="utf-8")
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        if self._vocab is None:
            return messages
        entity = self.config["entity"]
        for message in messages:
            text = message.get(TEXT) or ""
            found = message.get(ENTITIES) or []
            places = [e for e in found if e.get("entity") == entity and isinstance(e.get("start"), int)]
            others = [e for e in found if e not in places]
            repaired = []
            for start, end in repair(text, [(e["start"], e["end"]) for e in places], self._vocab):
                overlapping = [e for e in places if e["start"] < end and start < e["end"]]
                confidence = max((float(e.get("confidence_entity") or 1.0) for e in overlapping), default=0.5)
                repaired.append({
                    "entity": entity, "start": start, "end": end, "value": text[start:end],
                    "confidence_entity": confidence, "extractor": type(self).__name__,
                })  # fmt: skip
            message.set(ENTITIES, others + repaired, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

"""Synthetic datasets for the benchmarks: N experts, three comments each.

The records are built as nptexperts model objects, with realistic English and
Russian text (Latin and Cyrillic), and written in both forms the library reads:

* the YAML source layout (``data/dataset.yaml``, ``data/sources/``,
  ``data/sections/``, ``data/experts/``), valid under the project's checks, and
* the compiled bundle (``records.json``), written by ``nptexperts._releases.encoding.encode_bundle``.

Every comment's span points into a generated source text, which holds each
English comment verbatim. The output is deterministic for a given N.

Run::

    python benchmarks/synth.py OUT_DIR --experts 1000
"""

from __future__ import annotations

import argparse
import datetime
import random
from pathlib import Path
from typing import Any

import yaml

from nptexperts._records.models import (
    AdvisoryBoard,
    Comment,
    CommentCoverage,
    CountryAttribution,
    CountryBasis,
    Dataset,
    DatasetNote,
    Expert,
    Honorific,
    LocalizedText,
    Note,
    NoteTopic,
    Origin,
    Position,
    Provenance,
    Question,
    Section,
    Source,
    SourceCountry,
    Span,
    Text,
)
from nptexperts._records.plain import to_plain
from nptexperts._releases.encoding import encode_bundle

SOURCE_ID = "synthetic-press"
SECTION_ID = "synthetic-section"
QUESTIONS = ("prospects", "extension", "safeguards")
DATE = datetime.date(2025, 7, 2)

COUNTRIES = (
    ("RU", "Russia", "Россия"),
    ("CA", "Canada", "Канада"),
    ("CN", "China", "Китай"),
    ("FR", "France", "Франция"),
    ("KZ", "Kazakhstan", "Казахстан"),
    ("AE", "the UAE", "ОАЭ"),
    ("US", "the U.S.", "США"),
    ("DE", "Germany", "Германия"),
    ("IN", "India", "Индия"),
    ("BR", "Brazil", "Бразилия"),
    ("ZA", "South Africa", "ЮАР"),
    ("JP", "Japan", "Япония"),
    ("EG", "Egypt", "Египет"),
    ("IR", "Iran", "Иран"),
    ("GB", "the United Kingdom", "Великобритания"),
    ("TR", "Türkiye", "Турция"),
    ("MX", "Mexico", "Мексика"),
    ("NO", "Norway", "Норвегия"),
)

FIRST_NAMES = (
    ("alexander", "Alexander", "Александр"),
    ("maria", "Maria", "Мария"),
    ("dmitry", "Dmitry", "Дмитрий"),
    ("elena", "Elena", "Елена"),
    ("sergey", "Sergey", "Сергей"),
    ("anna", "Anna", "Анна"),
    ("pierre", "Pierre", "Пьер"),
    ("li", "Li", "Ли"),
    ("ahmed", "Ahmed", "Ахмед"),
    ("olga", "Olga", "Ольга"),
    ("yuri", "Yuri", "Юрий"),
    ("fatima", "Fatima", "Фатима"),
    ("john", "John", "Джон"),
    ("svetlana", "Svetlana", "Светлана"),
    ("hiroshi", "Hiroshi", "Хироси"),
    ("aigerim", "Aigerim", "Айгерим"),
)

FAMILY_NAMES = (
    ("petrov", "Petrov", "Петров"),
    ("ivanova", "Ivanova", "Иванова"),
    ("smirnov", "Smirnov", "Смирнов"),
    ("dubois", "Dubois", "Дюбуа"),
    ("wang", "Wang", "Ван"),
    ("nurlanov", "Nurlanov", "Нурланов"),
    ("al-mansouri", "Al-Mansouri", "Аль-Мансури"),
    ("fedorov", "Fedorov", "Фёдоров"),
    ("kuznetsova", "Kuznetsova", "Кузнецова"),
    ("muller", "Müller", "Мюллер"),
    ("tanaka", "Tanaka", "Танака"),
    ("silva", "Silva", "Силва"),
    ("sokolov", "Sokolov", "Соколов"),
    ("orlova", "Orlova", "Орлова"),
    ("smith", "Smith", "Смит"),
    ("volkov", "Volkov", "Волков"),
)

POSTS = (
    ("Senior Research Fellow at the {org}", "ведущий научный сотрудник {org}"),
    ("Director of the {org}", "директор {org}"),
    ("Associate Professor at the {org}", "доцент {org}"),
    (
        "Head of the Nonproliferation Programme at the {org}",
        "руководитель программы по нераспространению {org}",
    ),
)

ORGS = (
    ("Institute of International Studies", "Института международных исследований"),
    (
        "Center for Energy and Security Studies",
        "Центра по изучению проблем энергетики и безопасности",
    ),
    ("Department of International Law", "кафедры международного права"),
    ("Foreign Policy Research Institute", "Института внешнеполитических исследований"),
)

SUBJECTS = (
    ("The Review Conference", "Обзорная конференция"),
    ("The non-proliferation regime", "Режим нераспространения"),
    ("The review process", "Обзорный процесс"),
    ("The IAEA safeguards system", "Система гарантий МАГАТЭ"),
    ("Regional security", "Региональная безопасность"),
    ("Disarmament diplomacy", "Дипломатия разоружения"),
)

VERBS = (
    ("will depend on", "будет зависеть от"),
    ("cannot ignore", "не может игнорировать"),
    ("is shaped by", "определяется"),
    ("remains hostage to", "остаётся заложником"),
    ("must answer", "должна ответить на"),
)

OBJECTS = (
    ("the crisis around Ukraine", "кризиса вокруг Украины"),
    ("the tension between the nuclear powers", "напряжённости между ядерными державами"),
    ("the erosion of arms control treaties", "эрозии договоров о контроле над вооружениями"),
    ("the pace of disarmament under Article VI", "темпов разоружения по статье VI"),
    ("the security of peaceful nuclear energy", "безопасности мирной ядерной энергетики"),
    ("the decisions of 1995 and 2010", "решений 1995 и 2010 годов"),
    ("the search for consensus on a final document", "поиска консенсуса по итоговому документу"),
)


def _text(en: str, ru: str, en_origin: Origin = Origin.PUBLISHED) -> Text:
    return Text(
        en=LocalizedText(en, Provenance(SOURCE_ID, en_origin)),
        ru=LocalizedText(ru, Provenance(SOURCE_ID, Origin.EDITORIAL_TRANSLATION)),
    )


def _note(en: str, ru: str) -> Note:
    return Note(
        en=LocalizedText(en, Provenance(SOURCE_ID, Origin.EDITORIAL)),
        ru=LocalizedText(ru, Provenance(SOURCE_ID, Origin.EDITORIAL_TRANSLATION)),
    )


def _sentences(rng: random.Random, count: int) -> tuple[str, str]:
    en: list[str] = []
    ru: list[str] = []
    for _ in range(count):
        s, v, o = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)
        en.append(f"{s[0]} {v[0]} {o[0]}.")
        ru.append(f"{s[1]} {v[1]} {o[1]}.")
    return " ".join(en), " ".join(ru)


def make_dataset(n: int) -> tuple[Dataset, str]:
    """A valid dataset of ``n`` experts, and the source text its spans point into."""
    rng = random.Random(n)
    parts: list[str] = ["Synthetic press release for the nptexperts benchmarks.\n\n"]
    offset = len(parts[0])
    experts: list[Expert] = []
    for i in range(n):
        first = rng.choice(FIRST_NAMES)
        family = rng.choice(FAMILY_NAMES)
        expert_id = f"{first[0]}-{family[0]}-{i:05d}"
        code, country_en, _ = rng.choice(COUNTRIES)
        org = rng.choice(ORGS)
        post = rng.choice(POSTS)
        position = Position(
            title=_text(post[0].format(org=org[0]), post[1].format(org=org[1])),
            source=SOURCE_ID,
            as_of=DATE,
        )
        comments: list[Comment] = []
        for k, question in enumerate(QUESTIONS):
            en, ru = _sentences(rng, rng.randint(2, 4))
            start = offset + 1  # after the opening «
            parts.append(f"«{en}», – {first[1]} {family[1]} said.\n\n")
            offset += len(parts[-1])
            context = None
            if k == 0:
                context = _text(
                    f"{first[1]} {family[1]}, {post[0].format(org=org[0])}.",
                    f"{first[2]} {family[2]}, {post[1].format(org=org[1])}.",
                )
            comments.append(
                Comment(
                    id=f"{expert_id}.{question}.1",
                    expert=expert_id,
                    question=question,
                    source=SOURCE_ID,
                    body=_text(en, ru),
                    # Most spans point into the source text; some comments have none.
                    span=None if (i % 10 == 9 and k == 2) else Span(start, start + len(en)),
                    context=context,
                    notes=(
                        (
                            _note(
                                "The Russian text is an editorial translation.",
                                "Русский текст — редакционный перевод.",
                            ),
                        )
                        if k == 1
                        else ()
                    ),
                )
            )
        experts.append(
            Expert(
                id=expert_id,
                name=_text(f"{first[1]} {family[1]}", f"{first[2]} {family[2]}"),
                family_name=_text(family[1], family[2]),
                honorific=rng.choice((None, Honorific.DR, Honorific.PROF)),
                country=CountryAttribution(
                    code=code,
                    basis=CountryBasis.EXTERNAL,
                    evidence=f"A synthetic attribution to {country_en}.",
                    external_source="the benchmark generator",
                ),
                positions=(position,),
                advisory_board=rng.choice((AdvisoryBoard.MEMBER, AdvisoryBoard.UNKNOWN)),
                section=SECTION_ID,
                coverage=CommentCoverage.QUOTED,
                comments=tuple(comments),
                notes=(
                    _note(f"Synthetic expert number {i}.", f"Синтетический эксперт номер {i}."),
                ),
            )
        )
    experts.sort(key=lambda e: (e.family_name.en.value.casefold(), e.id))
    source = Source(
        id=SOURCE_ID,
        title=_text("A synthetic press release", "Синтетический пресс-релиз"),
        publisher=_text("PIR Center", "ПИР-Центр"),
        number="№ 0, 2025",
        date=DATE,
        url="https://example.org/synthetic",
        language="en",
        text_file=f"{SOURCE_ID}.txt",
    )
    section = Section(
        id=SECTION_ID,
        title=_text("Synthetic experts", "Синтетические эксперты"),
        source=SOURCE_ID,
        questions=tuple(
            Question(q, _text(f"Question about {q}", f"Вопрос: {q}", Origin.EDITORIAL))
            for q in QUESTIONS
        ),
        stated_expert_count=n,
        stated_countries=tuple(
            SourceCountry(code, _text(en, ru), aliases=(en,)) for code, en, ru in COUNTRIES
        ),
    )
    note = DatasetNote(
        id="synthetic",
        topic=NoteTopic.SCOPE,
        body=_text("Generated for benchmarks.", "Создано для измерений.", Origin.EDITORIAL),
        source=SOURCE_ID,
    )
    dataset = Dataset(
        data_version="2026.1",
        sources=(source,),
        sections=(section,),
        experts=tuple(experts),
        notes=(note,),
    )
    return dataset, "".join(parts)


def _dump(plain: Any, path: Path) -> None:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(plain, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(text, encoding="utf-8")


def write(dataset: Dataset, source_text: str, out: Path, *, yaml_source: bool = True) -> Path:
    """Write ``out/data/`` (the YAML layout) and ``out/records.json``; return the bundle path.

    Without ``yaml_source``, only the bundle and the source text are written (the YAML
    layout of 100,000 experts takes long to write and is never loaded at that size).
    """
    data = out / "data"
    for sub in ("sources", "sections", "experts"):
        (data / sub).mkdir(parents=True, exist_ok=True)
    bundle = out / "records.json"
    if not yaml_source:
        for source in dataset.sources:
            (data / "sources" / f"{source.id}.txt").write_bytes(source_text.encode("utf-8"))
        bundle.write_bytes(encode_bundle(dataset))
        return bundle
    _dump(
        {
            "data_version": dataset.data_version,
            "default_source": SOURCE_ID,
            "notes": to_plain(dataset.notes),
        },
        data / "dataset.yaml",
    )
    for source in dataset.sources:
        _dump(to_plain(source), data / "sources" / f"{source.id}.yaml")
        (data / "sources" / f"{source.id}.txt").write_bytes(source_text.encode("utf-8"))
    for section in dataset.sections:
        _dump(to_plain(section), data / "sections" / f"{section.id}.yaml")
    for expert in dataset.experts:
        _dump(to_plain(expert), data / "experts" / f"{expert.id}.yaml")
    bundle.write_bytes(encode_bundle(dataset))
    return bundle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--experts", type=int, default=1000)
    parser.add_argument(
        "--bundle-only", action="store_true", help="write the bundle and source text, no YAML"
    )
    args = parser.parse_args()
    dataset, text = make_dataset(args.experts)
    bundle = write(dataset, text, args.out, yaml_source=not args.bundle_only)
    print(f"wrote {args.out / 'data'} and {bundle} ({bundle.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

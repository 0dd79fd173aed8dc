"""One spaCy pipeline per process, shared by the anonymizer and the topic tagger, without torch."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import ROOT


def test_the_anonymizer_and_the_topic_tagger_share_one_pipeline():
    from companion.topics import _tagger, find_topic
    from knowledge.anonymize import _engines, warm_up
    from knowledge.english_nlp import english

    warm_up()
    analyzer, _ = _engines()
    assert analyzer.nlp_engine.nlp["en"] is english()
    assert "parser" not in english().pipe_names
    doc = _tagger()("my team threw every single round")
    assert doc.vocab is english().vocab
    assert [token.tag_ for token in doc][:2] == ["PRP$", "NN"]
    assert not doc.ents  # the tagger runs no entity recognition
    assert find_topic("my team threw every single round").phrase == "your team"


def test_spacy_and_presidio_load_without_torch_which_stays_importable():
    script = textwrap.dedent(
        """
        import sys
        from companion.topics import warm_up as tagger_warm_up
        from knowledge.anonymize import scrub, warm_up

        tagger_warm_up()
        warm_up()
        assert scrub("Hannah Whitfield called me").text == "[name] called me"
        loaded = sorted({"torch", "transformers", "scipy"} & set(sys.modules))
        import torch  # anyone else still gets it

        print(loaded, torch.__name__)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["[]", "torch"]

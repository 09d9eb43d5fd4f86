package org.llmcostplanner.model.caching;

/**
 * One query of a calibration set: how similar its nearest cached query is, and whether a person
 * judged the two to have the same intent (so the cached answer would be right).
 *
 * @param similarity cosine similarity of the two queries' embeddings, -1..1
 * @param sameIntent true when the cached answer would answer this query
 */
public record LabelledSimilarity(double similarity, boolean sameIntent) {
}

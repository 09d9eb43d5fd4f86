package org.llmcostplanner.model.caching;

/**
 * One measured point of a semantic cache: at this similarity threshold, the share of the queries
 * reaching the cache that it answers, and the share answered wrongly (a cached answer to a
 * question of another intent). Both are fractions of the same queries, so a false hit is also a hit.
 *
 * @param threshold    cosine similarity, 0..1
 * @param hitRate      fraction of queries reaching the semantic layer served from it, 0..1
 * @param falseHitRate fraction of those queries given a wrong cached answer, 0..hitRate
 */
public record CachePoint(double threshold, double hitRate, double falseHitRate) {
}

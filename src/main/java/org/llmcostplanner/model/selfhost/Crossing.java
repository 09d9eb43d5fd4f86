package org.llmcostplanner.model.selfhost;

/**
 * A volume where self-hosting and the API swap places.
 *
 * @param queriesPerMonth      the volume
 * @param selfHostingGetsCheaper true where self-hosting becomes the cheaper (or equal) side as volume
 *                               grows, false where a new replica makes it the dearer side again
 */
public record Crossing(double queriesPerMonth, boolean selfHostingGetsCheaper) {
}

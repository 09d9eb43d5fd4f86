package org.llmcostplanner.model.routing;

/**
 * How much of a mix one tier carries.
 *
 * @param name         the tier's name
 * @param usdPerCall   one call to this tier, in USD
 * @param trafficShare the share of queries this tier answers, 0..1
 * @param callShare    the share of queries that call this tier (in a cascade also those it passes
 *                     on; for a router the same as the traffic share), 0..1
 * @param costShare    this tier's share of the mix's model spend (router overhead left out), 0..1
 */
public record TierLoad(String name, double usdPerCall, double trafficShare, double callShare, double costShare) {
}

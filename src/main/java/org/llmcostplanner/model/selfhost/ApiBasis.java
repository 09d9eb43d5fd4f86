package org.llmcostplanner.model.selfhost;

/** Which API cost self-hosting is compared with. */
public enum ApiBasis {
    /** The optimised plan: routing, compression, caching and batching as they are. */
    PLAN,
    /** All traffic on the reference model, no levers. */
    REFERENCE
}

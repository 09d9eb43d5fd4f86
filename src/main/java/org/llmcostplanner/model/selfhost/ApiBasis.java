package org.llmcostplanner.model.selfhost;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which API cost self-hosting is compared with. */
public enum ApiBasis {
    /** The optimised plan: routing, compression, caching and batching as they are. */
    PLAN,
    /** All traffic on the reference model, no levers. */
    REFERENCE;

    /** The name in scenario files: {@code plan} or {@code reference}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApiBasis> fromId(String id) {
        return Arrays.stream(values()).filter(basis -> basis.id().equals(id)).findFirst();
    }
}

package org.llmcostplanner.model.format;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** Time zones as people read them. */
public final class ZoneNames {
    private ZoneNames() {
    }

    /** The zone's id, but "UTC" for the offset zero, whose id is the bare "Z". */
    public static String of(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}

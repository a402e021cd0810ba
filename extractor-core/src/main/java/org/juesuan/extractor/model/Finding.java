package org.juesuan.extractor.model;

import java.util.List;

/** A validator finding: which rule fired, how serious it is, and the places involved. */
public record Finding(String rule, String severity, String message, List<Provenance> provenance) {
    public Finding {
        provenance = List.copyOf(provenance);
    }
}

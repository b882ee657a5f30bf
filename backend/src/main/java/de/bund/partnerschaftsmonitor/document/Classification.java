package de.bund.partnerschaftsmonitor.document;

import io.micronaut.core.annotation.Nullable;

/** A document's classification and the marking that every passage, snippet and quote taken from it carries. */
public final class Classification {

    public static final String VS_NFD = "VS_NFD";
    public static final String VS_NFD_MARKING = "VS – NUR FÜR DEN DIENSTGEBRAUCH";

    private Classification() {
    }

    /** The marking to show with text of a document of this classification; null for open documents or none. */
    @Nullable
    public static String marking(@Nullable String classification) {
        return VS_NFD.equals(classification) ? VS_NFD_MARKING : null;
    }
}

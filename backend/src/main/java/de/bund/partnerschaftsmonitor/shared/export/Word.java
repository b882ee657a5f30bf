package de.bund.partnerschaftsmonitor.shared.export;

import io.micronaut.core.annotation.Nullable;

/** A code that the screen shows as a word ({@code value.<group>.<code>}), for codes the API carries as strings. */
public record Word(String group, String code) {

    public static @Nullable Word of(String group, @Nullable String code) {
        return code == null ? null : new Word(group, code);
    }
}

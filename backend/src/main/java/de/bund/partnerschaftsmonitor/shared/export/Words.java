package de.bund.partnerschaftsmonitor.shared.export;

import de.bund.partnerschaftsmonitor.shared.web.Messages;

import java.util.Locale;

/**
 * The one place the words of files come from: {@code i18n/messages_{de,en}.properties}, {@code field.<table>.<field>}
 * for headings and {@code value.<group>.<CODE>} for values. Exports, the import (its template and the headings and
 * values it accepts) and the open-data codebook all read them here, so a file one of them writes the others read.
 */
public final class Words {

    private Words() {
    }

    /** A value's word; an enum's group is its class name in lower camel case ({@code AgreementStatus} → {@code agreementStatus}). */
    public static String word(Enum<?> value, Locale locale) {
        String group = value.getDeclaringClass().getSimpleName();
        return word(Character.toLowerCase(group.charAt(0)) + group.substring(1), value.name(), locale);
    }

    /** An unknown code (a ministry's abbreviation, which is its word in both languages) is shown as itself. */
    public static String word(String group, String code, Locale locale) {
        String key = "value." + group + "." + code;
        return Messages.exists(key) ? Messages.text(key, locale) : code;
    }

    /** A heading: {@code field.<table>.<field>}. */
    public static String label(String table, String field, Locale locale) {
        String key = "field." + table + "." + field;
        if (!Messages.exists(key)) {
            throw new IllegalArgumentException("No label " + key);
        }
        return Messages.text(key, locale);
    }
}

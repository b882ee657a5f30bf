package de.bund.partnerschaftsmonitor.agreement;

import de.bund.partnerschaftsmonitor.shared.export.Words;

import java.util.Locale;

/**
 * The words the UI shows for an instrument's fields and values, in German and English, for files that people read:
 * the exports, the import's template and the headings and values it reads back, the open-data codebook. They come
 * from the one source of file words ({@code field.agreement.<field>}, {@code value.<group>.<CODE>} in
 * {@code i18n/messages_{de,en}.properties}, see {@link Words}); AgreementWordsTest keeps them equal to the UI's
 * (frontend/src/config/locales/{de,en}.ts). Ministries are shown by their abbreviation, their word in both languages.
 */
public final class AgreementWords {

    private AgreementWords() {
    }

    /** The UI's label of an instrument field ({@code dateInForce} → "In Kraft seit"). */
    public static String label(String field, Locale locale) {
        return Words.label("agreement", field, locale);
    }

    /** The UI's word for a value; a ministry's abbreviation for a ministry. */
    public static String word(Enum<?> value, Locale locale) {
        return Words.word(value, locale);
    }
}

package de.bund.partnerschaftsmonitor.brief;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The brief's words, numbers and dates in German or English ({@code brief/texts_{de,en}.properties}). */
final class BriefTexts {

    /** The brief's languages, as the {@code lang} parameter names them. */
    static final String PATTERN = "de|en";

    /** Dates and times on the page are German official time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final Map<String, BriefTexts> LOADED = new ConcurrentHashMap<>();

    private final String lang;
    private final Properties texts;
    private final Locale locale;

    private BriefTexts(String lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
        this.locale = "de".equals(lang) ? Locale.GERMANY : Locale.UK;
    }

    static BriefTexts of(String lang) {
        return LOADED.computeIfAbsent(lang, l -> new BriefTexts(l, load(l)));
    }

    private static Properties load(String lang) {
        Properties p = new Properties();
        try (InputStream in = BriefTexts.class.getResourceAsStream("/brief/texts_" + lang + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("brief texts missing for " + lang);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    String lang() {
        return lang;
    }

    boolean german() {
        return "de".equals(lang);
    }

    /** The text for {@code key} with {0}, {1} … filled in; the key itself when there is none (never an empty line). */
    String t(String key, Object... args) {
        String text = texts.getProperty(key, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** A text for a code, or the fallback when the code has none (e.g. a red flag added later). */
    String orElse(String key, String fallback) {
        return texts.getProperty(key, fallback);
    }

    String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    String percent(double share) {
        long p = Math.round(share * 100);
        return german() ? p + " %" : p + "%";
    }

    /** Whole points, rounded half up, as the screens show them (Intl.NumberFormat, no fraction digits): 85.8 → 86. */
    String score(@Nullable Double score) {
        if (score == null) {
            return t("notAssessed");
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(0);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(score);
    }

    String date(@Nullable LocalDate date) {
        return date == null ? "–" : date.format(german() ? DateTimeFormatter.ofPattern("dd.MM.yyyy") : DateTimeFormatter.ofPattern("d MMM yyyy", locale));
    }

    String dateTime(@Nullable Instant at) {
        if (at == null) {
            return "–";
        }
        return at.atZone(ZONE).format(german() ? DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'")
                : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale));
    }

    /** An instrument's title in this language, else in the other, else in the original. */
    String title(@Nullable String de, @Nullable String en, @Nullable String original) {
        String first = german() ? de : en;
        String second = german() ? en : de;
        return first != null ? first : second != null ? second : original == null ? "" : original;
    }
}

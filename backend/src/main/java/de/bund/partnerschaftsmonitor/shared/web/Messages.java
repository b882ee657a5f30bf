package de.bund.partnerschaftsmonitor.shared.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for problem details, keyed by their stable code ({@code i18n/messages_de.properties},
 * {@code messages_en.properties}). The language follows the request's {@code Accept-Language}:
 * English when asked for, German otherwise. Messages are resolved where the problem arises, from
 * the request that is being answered, so that exceptions can carry finished text.
 */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final String BUNDLE = "i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    private Messages() {
    }

    /** The best supported language of {@code Accept-Language}; German when none of them is supported. */
    public static Locale locale(@Nullable HttpRequest<?> request) {
        String header = request == null ? null : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.GERMAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.GERMAN : match;
        } catch (IllegalArgumentException e) {
            return Locale.GERMAN;
        }
    }

    /** The language of the request being answered on this thread, German outside a request. */
    public static Locale current() {
        return locale(ServerRequestContext.currentRequest().orElse(null));
    }

    public static String text(String code, Object... args) {
        return text(code, current(), args);
    }

    public static String text(String code, Locale locale, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(code);
        } catch (MissingResourceException e) {
            // A missing text is a bug (MessagesTest guards it); still answer with the code than fail the request.
            LOG.warn("No {} text for message code {}", locale, code);
            return code;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The problem's {@code title}: the status in the user's words, not the HTTP reason phrase. */
    public static String title(int status, Locale locale) {
        String code = "title." + status;
        return text(exists(code) ? code : status >= 500 ? "title.500" : "title.400", locale);
    }

    public static boolean exists(String code) {
        try {
            ResourceBundle.getBundle(BUNDLE, Locale.GERMAN, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(code);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}

package de.bund.partnerschaftsmonitor.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which passwords an account may get (created, reset, or the first administrator's from {@code PM_ADMIN_PASSWORD}):
 * 12 characters or more, at most 72 bytes in UTF-8 (bcrypt ignores the rest), not the user name or containing it, not
 * spaces only, at least five different characters, and not a common password: its core (lower case, digits, symbols
 * and spaces stripped at both ends, letter substitutions such as {@code @ → a} undone) may not be on the bundled list
 * ({@code account/common-passwords.txt}), a keyboard or alphabet run, or a repetition. Pure: no database.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;
    private static final int MIN_CORE = 4;
    private static final String[] RUNS = {
            "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn"};

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    static PasswordPolicy bundled() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt is missing from the build");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why {@code password} may not be used by {@code username}, as a problem code (docs/problem-codes.md); empty if it may. */
    Optional<String> problem(String password, String username) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("account.password.length");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("account.password.tooLong");
        }
        if (password.isBlank()) {
            return Optional.of("account.password.blank");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && (lower.contains(name) || squeeze(lower).contains(squeeze(name)))) {
            return Optional.of("account.password.containsUsername");
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("account.password.tooSimple");
        }
        if (guessable(lower)) {
            return Optional.of("account.password.common");
        }
        return Optional.empty();
    }

    private boolean guessable(String lower) {
        if (common.contains(lower.strip())) {
            return true;
        }
        String core = unsubstitute(stripEnds(lower));
        String letters = core.replaceAll("[^\\p{L}]", "");
        return core.length() < MIN_CORE || common.contains(core) || common.contains(letters) || letters.length() < MIN_CORE
                || isRun(letters) || isRepetition(core);
    }

    /** Leading and trailing digits, symbols and spaces: "Passwort2024!" → "passwort". */
    private static String stripEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetter(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String unsubstitute(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case '@', '4' -> 'a';
                case '3' -> 'e';
                case '1', '!' -> 'i';
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return b.toString();
    }

    private static String squeeze(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A stretch of the alphabet or a keyboard row, forwards or backwards. */
    private static boolean isRun(String letters) {
        if (letters.isEmpty()) {
            return false;
        }
        String reversed = new StringBuilder(letters).reverse().toString();
        for (String run : RUNS) {
            if (run.contains(letters) || run.contains(reversed)) {
                return true;
            }
        }
        return false;
    }

    /** The same short piece again and again: "abcabcabcabc", "passpasspass". */
    private static boolean isRepetition(String s) {
        for (int unit = 1; unit <= s.length() / 2; unit++) {
            if (s.length() % unit == 0 && s.substring(0, unit).repeat(s.length() / unit).equals(s)) {
                return true;
            }
        }
        return false;
    }
}

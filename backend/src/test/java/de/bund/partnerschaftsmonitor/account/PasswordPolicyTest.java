package de.bund.partnerschaftsmonitor.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    final PasswordPolicy policy = PasswordPolicy.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "            ", "password1234", "Password1234!", "P@ssw0rd2024!", "passwort2025",
            "123456789012", "qwertzuiop12", "qwertyuiopas", "abcdefghijkl", "lkjihgfedcba", "abcabcabcabc", "2024kennwort!",
            "willkommen123", "  letmein!!  ", "iloveyou2024", "1q2w3e4r5t6y"})
    void shouldRefuseCommonAndTrivialPasswords(String password) {
        assertThat(policy.problem(password, "erika.beispiel")).as(password).isPresent();
    }

    @Test
    void shouldRefuseTheUserNameAndPasswordsContainingIt() {
        assertThat(policy.problem("erika.beispiel", "erika.beispiel")).hasValue("account.password.containsUsername");
        assertThat(policy.problem("Erika.Beispiel2024", "erika.beispiel")).hasValue("account.password.containsUsername");
        assertThat(policy.problem("erikabeispiel!!", "erika.beispiel")).isPresent();
    }

    @Test
    void shouldCountBytesNotCharactersAgainstBcryptsLimit() {
        assertThat("äöüßäöüßäöüß".repeat(3).getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isEqualTo(72);
        assertThat(policy.problem("äöüßäöüßäöüß".repeat(3) + "x", "erika")).hasValue("account.password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "Ampel-Fahrrad-Wolke-7", "Vier Augen sehen mehr als zwei", "tR7#kq9!Lm2$vX"})
    void shouldAcceptLongUnusualPasswords(String password) {
        assertThat(policy.problem(password, "erika.beispiel")).as(password).isEmpty();
    }

    @Test
    void shouldAskForTwelveCharacters() {
        assertThat(policy.problem("kurz-aber-x", "erika")).hasValue("account.password.length");
    }
}

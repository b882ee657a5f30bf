package de.bund.partnerschaftsmonitor.brief;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief shows a score as the web pages do: whole points, halves rounded up. */
class BriefScoreTest {

    @Test
    void shouldRoundScoresToWholePointsLikeTheScreens() {
        assertThat(BriefTexts.of("de").score(85.8)).isEqualTo("86");
        assertThat(BriefTexts.of("en").score(85.8)).isEqualTo("86");
        assertThat(BriefTexts.of("de").score(84.5)).isEqualTo("85");
        assertThat(BriefTexts.of("de").score(84.4)).isEqualTo("84");
        assertThat(BriefTexts.of("de").score(100.0)).isEqualTo("100");
        assertThat(BriefTexts.of("de").score(null)).isEqualTo(BriefTexts.of("de").t("notAssessed"));
    }
}

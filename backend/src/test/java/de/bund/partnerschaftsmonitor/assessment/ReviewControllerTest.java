package de.bund.partnerschaftsmonitor.assessment;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static de.bund.partnerschaftsmonitor.shared.Api.fields;
import static de.bund.partnerschaftsmonitor.shared.Api.problem;
import static de.bund.partnerschaftsmonitor.shared.Api.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Four-eyes review over real HTTP: several people, told apart by X-Test-As. */
@MicronautTest(transactional = false)
class ReviewControllerTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    /** Fresh people per test, so that review queues of other tests do not interfere. */
    final String run = Long.toString(System.nanoTime(), 36);
    final String author = TestAuth.as("author." + run, "DESK_OFFICER");
    final String desk = TestAuth.as("desk." + run, "DESK_OFFICER");
    final String devcoop = TestAuth.as("devcoop." + run, "DEVCOOP_REVIEWER");

    long treaty(String iso2) {
        return Api.createAgreement(client, iso2, "TREATY", "IN_FORCE", List.of(), true);
    }

    String path(long id, String criterion, String action) {
        return "/api/agreements/" + id + "/assessments/" + criterion + (action == null ? "" : "/" + action);
    }

    Map<String, Object> rate(String who, long id, String criterion, Map<String, Object> body) {
        return Api.send(client, HttpRequest.PUT(path(id, criterion, null), body).header(TestAuth.HEADER, who));
    }

    MutableHttpRequest<?> post(String who, long id, String criterion, String action, Map<String, Object> body) {
        return HttpRequest.POST(path(id, criterion, action), body).header(TestAuth.HEADER, who);
    }

    Map<String, Object> act(String who, long id, String criterion, String action, Map<String, Object> body) {
        return Api.send(client, post(who, id, criterion, action, body));
    }

    static Map<String, Object> version(Map<String, Object> view) {
        return Map.of("version", view.get("version"));
    }

    static long number(Object o) {
        return ((Number) o).longValue();
    }

    /** Rated by the author and submitted; returns the submitted view. */
    Map<String, Object> submitted(long id, String criterion, int level) {
        Map<String, Object> rated = rate(author, id, criterion, rating(level, null));
        assertThat(rated).containsEntry("reviewState", "DRAFT");
        return act(author, id, criterion, "submit", version(rated));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> queue(String who) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, Object> q = Api.send(client, HttpRequest.GET("/api/reviews?size=100&page=" + page).header(TestAuth.HEADER, who));
            List<Map<String, Object>> items = (List<Map<String, Object>>) q.get("content");
            all.addAll(items);
            if (items.isEmpty() || all.size() >= number(q.get("totalSize"))) {
                assertThat(all).hasSize((int) number(q.get("totalSize")));
                return all;
            }
        }
    }

    @Test
    void shouldApproveWhenAnotherDeskOfficerReviewsTheSubmittedRating() {
        long id = treaty("NZ");
        Map<String, Object> sub = submitted(id, "DP-BASE", 2);
        assertThat(sub).containsEntry("reviewState", "SUBMITTED").containsEntry("submittedBy", "author." + run).containsEntry("approved", null);
        assertThat(sub.get("submittedAt")).isNotNull();

        Map<String, Object> approved = act(desk, id, "DP-BASE", "approve", version(sub));

        assertThat(approved).containsEntry("reviewState", "APPROVED").containsEntry("reviewedBy", "desk." + run);
        @SuppressWarnings("unchecked")
        Map<String, Object> snapshot = (Map<String, Object>) approved.get("approved");
        assertThat(snapshot).containsEntry("level", 2).containsEntry("approvedBy", "desk." + run).containsEntry("assessedBy", "author." + run)
                .containsEntry("confidence", "MEDIUM");
        assertThat(snapshot.get("evidence")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("reference", "Art. 7(2)");
        assertThat(sql.count("SELECT COUNT(*) FROM assessment_approvals WHERE agreement_id = ? AND criterion_code = 'DP-BASE'" +
                " AND approved_by = ? AND level = 2 AND evidence_quote IS NOT NULL", id, "desk." + run)).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheContentAuthorWhenAColleagueResavedUnchangedAndSubmitted() {
        long id = treaty("NZ");
        String second = TestAuth.as("second." + run, "DESK_OFFICER");
        Map<String, Object> rated = rate(author, id, "DP-BASE", rating(2, null));
        long audits = sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'assessment' AND entity_id = ?", id + "/DP-BASE");

        // The colleague re-saves the author's content unchanged: nothing happens, and it makes them no author.
        Map<String, Object> resaved = rate(second, id, "DP-BASE", rating(2, number(rated.get("version"))));
        assertThat(resaved).containsEntry("version", rated.get("version")).containsEntry("assessedBy", "author." + run);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'assessment' AND entity_id = ?", id + "/DP-BASE"))
                .as("no audit event for an unchanged save").isEqualTo(audits);

        Map<String, Object> sub = act(second, id, "DP-BASE", "submit", version(resaved));
        assertThat(sub).containsEntry("submittedBy", "second." + run);

        // The one who wrote the content may not approve it, nor return it, nor see it in the queue.
        assertThat(problem(client, post(author, id, "DP-BASE", "approve", version(sub)), 403)).containsEntry("code", "review.approve.ownEdit");
        assertThat(problem(client, post(author, id, "DP-BASE", "return", Map.of("version", sub.get("version"), "comment", "x")), 403))
                .containsEntry("code", "review.return.ownEdit");
        assertThat(queue(author)).noneMatch(i -> number(i.get("agreementId")) == id);
        // Neither may the colleague who submitted it; a third desk officer may.
        problem(client, post(second, id, "DP-BASE", "approve", version(sub)), 403);
        assertThat(act(desk, id, "DP-BASE", "approve", version(sub))).containsEntry("reviewState", "APPROVED");
    }

    @Test
    void shouldRefuseAnyoneWhoChangedTheRatingSinceItsLastApproval() {
        long id = treaty("NZ");
        String second = TestAuth.as("second." + run, "DESK_OFFICER");
        Map<String, Object> rated = rate(author, id, "PURPOSE", rating(2, null));
        // The colleague changes the level, then the author puts the level back and the colleague submits.
        Map<String, Object> changed = rate(second, id, "PURPOSE", rating(1, number(rated.get("version"))));
        Map<String, Object> back = rate(author, id, "PURPOSE", rating(2, number(changed.get("version"))));
        assertThat(number(back.get("version"))).isGreaterThan(number(changed.get("version")));
        Map<String, Object> sub = act(author, id, "PURPOSE", "submit", version(back));

        // The colleague did not edit last and did not submit, but changed it since its last approval.
        assertThat(problem(client, post(second, id, "PURPOSE", "approve", version(sub)), 403))
                .containsEntry("code", "review.approve.sinceApproval");
        Map<String, Object> approved = act(desk, id, "PURPOSE", "approve", version(sub));

        // After an approval the slate is clean: the colleague may review the next change by the author.
        Map<String, Object> next = rate(author, id, "PURPOSE", rating(1, number(approved.get("version"))));
        Map<String, Object> again = act(author, id, "PURPOSE", "submit", version(next));
        assertThat(act(second, id, "PURPOSE", "approve", version(again))).containsEntry("reviewState", "APPROVED");
    }

    @Test
    void shouldKeepAnApprovedRatingApprovedWhenSavedUnchanged() {
        long id = treaty("NZ");
        Map<String, Object> sub = submitted(id, "NONDISC", 1);
        Map<String, Object> approved = act(desk, id, "NONDISC", "approve", version(sub));
        Map<String, Object> resaved = rate(author, id, "NONDISC", rating(1, number(approved.get("version"))));
        assertThat(resaved).containsEntry("reviewState", "APPROVED").containsEntry("version", approved.get("version"));
    }

    @Test
    void shouldAnswer403WhenTheAuthorApprovesOwnRating() {
        long id = treaty("NZ");
        Map<String, Object> sub = submitted(id, "PURPOSE", 1);
        Map<String, Object> p = problem(client, post(author, id, "PURPOSE", "approve", version(sub)), 403);
        assertThat(p).containsEntry("code", "review.approve.ownEdit");
        assertThat((String) p.get("detail")).contains("Vier-Augen-Prinzip");
        // Nor can someone who submitted another person's rating approve it.
        Map<String, Object> rated = rate(author, id, "NONDISC", rating(1, null));
        Map<String, Object> byDesk = act(desk, id, "NONDISC", "submit", version(rated));
        assertThat(problem(client, post(desk, id, "NONDISC", "approve", version(byDesk)), 403)).containsEntry("code", "review.approve.ownSubmission");
    }

    @Test
    void shouldRequireDevcoopReviewerForCapacityRatingsAndDeskOfficerForOthers() {
        long id = treaty("NZ");
        Map<String, Object> capacity = submitted(id, "CAPACITY", 2);
        Map<String, Object> exit = submitted(id, "SOVEREIGNTY-EXIT", 1);
        Map<String, Object> dp = submitted(id, "DP-BASE", 1);

        assertThat(problem(client, post(desk, id, "CAPACITY", "approve", version(capacity)), 403))
                .containsEntry("code", "review.needsDevcoopReviewer");
        assertThat(problem(client, post(desk, id, "SOVEREIGNTY-EXIT", "return",
                Map.of("version", exit.get("version"), "comment", "x")), 403)).containsEntry("code", "review.needsDevcoopReviewer");
        assertThat(problem(client, post(devcoop, id, "DP-BASE", "approve", version(dp)), 403))
                .containsEntry("code", "review.needsDeskOfficer");

        assertThat(act(devcoop, id, "CAPACITY", "approve", version(capacity))).containsEntry("reviewState", "APPROVED");
        assertThat(act(devcoop, id, "SOVEREIGNTY-EXIT", "approve", version(exit))).containsEntry("reviewState", "APPROVED");
        assertThat(act(desk, id, "DP-BASE", "approve", version(dp))).containsEntry("reviewState", "APPROVED");
    }

    @Test
    void shouldReturnWithRequiredCommentThenResubmitAfterEdit() {
        long id = treaty("NZ");
        Map<String, Object> sub = submitted(id, "DP-BASE", 3);

        assertThat(fields(problem(client, post(desk, id, "DP-BASE", "return", version(sub)), 400))).containsExactly("comment");
        assertThat(fields(problem(client, post(desk, id, "DP-BASE", "return", Map.of("version", sub.get("version"), "comment", "  ")), 400)))
                .containsExactly("comment");

        Map<String, Object> returned = act(desk, id, "DP-BASE", "return",
                Map.of("version", sub.get("version"), "comment", "Art. 7 is about consular data only; quote the clause on returns."));
        assertThat(returned).containsEntry("reviewState", "CHANGES_REQUESTED").containsEntry("reviewedBy", "desk." + run)
                .containsEntry("reviewComment", "Art. 7 is about consular data only; quote the clause on returns.");
        // A returned rating cannot be approved until it is submitted again.
        assertThat(problem(client, post(desk, id, "DP-BASE", "approve", version(returned)), 409))
                .containsEntry("code", "review.approve.returned");

        Map<String, Object> edited = rate(author, id, "DP-BASE", rating(2, number(returned.get("version"))));
        assertThat(edited).containsEntry("reviewState", "DRAFT").containsEntry("level", 2);
        Map<String, Object> again = act(author, id, "DP-BASE", "submit", version(edited));
        assertThat(again).containsEntry("reviewState", "SUBMITTED");
        assertThat(act(desk, id, "DP-BASE", "approve", version(again))).containsEntry("reviewState", "APPROVED");

        List<Map<String, Object>> comments = Api.list(client, path(id, "DP-BASE", "comments"));
        assertThat(comments).singleElement().satisfies(c -> assertThat(c).containsEntry("kind", "RETURN").containsEntry("author", "desk." + run));
    }

    @Test
    void shouldAnswer409OnWrongTransitionsAndStaleVersions() {
        long id = treaty("NZ");
        Map<String, Object> draft = rate(author, id, "DP-BASE", rating(1, null));
        assertThat(problem(client, post(desk, id, "DP-BASE", "approve", version(draft)), 409)).containsEntry("code", "review.approve.draft");
        assertThat(fields(problem(client, post(desk, id, "DP-BASE", "approve", Map.of()), 400))).containsExactly("version");
        Map<String, Object> sub = act(author, id, "DP-BASE", "submit", version(draft));
        assertThat(problem(client, post(author, id, "DP-BASE", "submit", version(sub)), 409)).containsEntry("code", "assessment.submit.alreadySubmitted");
        assertThat(problem(client, post(desk, id, "DP-BASE", "approve", version(draft)), 409)).containsEntry("code", "review.changed");
        Map<String, Object> approved = act(desk, id, "DP-BASE", "approve", version(sub));
        assertThat(problem(client, post(desk, id, "DP-BASE", "approve", version(approved)), 409)).containsEntry("code", "review.approve.approved");
        problem(client, post(desk, id, "PURPOSE", "approve", Map.of("version", 0)), 404);
    }

    @Test
    void shouldKeepCountingTheApprovedSnapshotWhileAnEditAwaitsApproval() {
        long id = treaty("BT");
        String score = "/api/agreements/" + id + "/score";
        Map<String, Object> sub = submitted(id, "DP-BASE", 3);
        assertThat(Api.get(client, score)).containsEntry("score", null).containsEntry("includesDrafts", false);
        assertThat(((Number) Api.get(client, score + "?includeDrafts=true").get("score")).doubleValue()).isEqualTo(100.0);

        Map<String, Object> approved = act(desk, id, "DP-BASE", "approve", version(sub));
        assertThat(((Number) Api.get(client, score).get("score")).doubleValue()).isEqualTo(100.0);

        Map<String, Object> edited = rate(author, id, "DP-BASE", rating(1, number(approved.get("version"))));
        assertThat(edited).containsEntry("reviewState", "DRAFT").containsEntry("level", 1);
        assertThat(edited.get("approved")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("level", 3);

        Map<String, Object> byDefault = Api.get(client, score);
        assertThat(((Number) byDefault.get("score")).doubleValue()).isEqualTo(100.0);
        assertThat(byDefault.get("levelBasis")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("DP-BASE", "APPROVED");
        Map<String, Object> withDrafts = Api.get(client, score + "?includeDrafts=true");
        assertThat(withDrafts).containsEntry("includesDrafts", true);
        assertThat(((Number) withDrafts.get("score")).doubleValue()).isCloseTo(33.33, within(0.01));
        assertThat(withDrafts.get("levelBasis")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("DP-BASE", "DRAFT");

        Map<String, Object> card = Api.get(client, "/api/countries/BT/scorecard");
        assertThat(card).containsEntry("includesDrafts", false);
        assertThat(criterion(card, "DP-BASE")).containsEntry("level", 3).containsEntry("levelBasis", "APPROVED");
        Map<String, Object> cardDrafts = Api.get(client, "/api/countries/BT/scorecard?includeDrafts=true");
        assertThat(criterion(cardDrafts, "DP-BASE")).containsEntry("level", 1).containsEntry("levelBasis", "DRAFT");

        assertThat(rankingEntry("BT", false)).containsEntry("includesDrafts", false)
                .satisfies(e -> assertThat(((Number) e.get("score")).doubleValue()).isEqualTo(100.0));
        assertThat(rankingEntry("BT", true)).containsEntry("includesDrafts", true)
                .satisfies(e -> assertThat(((Number) e.get("score")).doubleValue()).isCloseTo(33.33, within(0.01)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> criterion(Map<String, Object> card, String code) {
        return ((List<Map<String, Object>>) card.get("criteria")).stream().filter(c -> code.equals(c.get("criterionId"))).findFirst().orElseThrow();
    }

    Map<String, Object> rankingEntry(String iso2, boolean drafts) {
        var response = client.toBlocking().exchange(HttpRequest.GET("/api/scorecards?region=ASIA" + (drafts ? "&includeDrafts=true" : "")), Api.LIST);
        assertThat(response.header("X-Includes-Drafts")).isEqualTo(String.valueOf(drafts));
        return response.body().stream().filter(r -> iso2.equals(r.get("iso2"))).findFirst().orElseThrow();
    }

    @Test
    void shouldListForEachReviewerWhatTheyMayDecide() {
        long id = treaty("NZ");
        submitted(id, "CAPACITY", 1);
        submitted(id, "DP-BASE", 1);
        rate(author, id, "PURPOSE", rating(1, null)); // a draft: awaits nobody

        assertThat(queue(devcoop)).filteredOn(i -> number(i.get("agreementId")) == id).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("criterionId", "CAPACITY").containsEntry("reviewerRole", "DEVCOOP_REVIEWER")
                        .containsEntry("assessedBy", "author." + run).containsEntry("countryIso2", "NZ")
                        .containsEntry("countryNameEn", "New Zealand"));
        List<Map<String, Object>> forDesk = queue(desk);
        assertThat(forDesk).filteredOn(i -> number(i.get("agreementId")) == id).singleElement()
                .satisfies(i -> {
                    assertThat(i).containsEntry("criterionId", "DP-BASE").containsEntry("reviewerRole", "DESK_OFFICER");
                    assertThat(i.get("submittedAt")).isNotNull();
                    assertThat((String) i.get("agreementTitleEn")).startsWith("Test TREATY NZ");
                    assertThat(i.get("evidence")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("reference", "Art. 7(2)");
                    assertThat(i).containsEntry("confidence", "MEDIUM");
                });
        assertThat(queue(author)).noneMatch(i -> number(i.get("agreementId")) == id);
        problem(client, HttpRequest.GET("/api/reviews").header(TestAuth.HEADER, TestAuth.as("boss." + run, "LEADERSHIP")), 403);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> returnedTo(String who) {
        Map<String, Object> page = Api.send(client, HttpRequest.GET("/api/reviews/returned?size=100").header(TestAuth.HEADER, who));
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(number(page.get("count"))).isEqualTo(items.size());
        return items;
    }

    @Test
    void shouldListReturnedRatingsWithTheCommentForTheirAuthorUntilRevised() {
        long id = treaty("NZ");
        Map<String, Object> sub = submitted(id, "DP-BASE", 3);
        submitted(id, "PURPOSE", 2); // submitted, not returned: not in the list
        String comment = "Quote Art. 7 in full (" + run + ").";
        Map<String, Object> returned = act(desk, id, "DP-BASE", "return", Map.of("version", sub.get("version"), "comment", comment));

        assertThat(returnedTo(author)).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("criterionId", "DP-BASE").containsEntry("reviewComment", comment)
                    .containsEntry("reviewedBy", "desk." + run).containsEntry("countryIso2", "NZ").containsEntry("level", 3)
                    .containsEntry("version", returned.get("version"));
            assertThat(i.get("reviewedAt")).isNotNull();
            assertThat(number(i.get("agreementId"))).isEqualTo(id);
        });
        assertThat(returnedTo(desk)).isEmpty();

        rate(author, id, "DP-BASE", rating(2, number(returned.get("version"))));
        assertThat(returnedTo(author)).isEmpty();
        problem(client, HttpRequest.GET("/api/reviews/returned").header(TestAuth.HEADER, TestAuth.as("boss." + run, "LEADERSHIP")), 403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAuditReviewDecisionsWithOldAndNewState() {
        long id = treaty("NZ");
        Map<String, Object> sub = submitted(id, "DP-BASE", 2);
        Map<String, Object> returned = act(desk, id, "DP-BASE", "return", Map.of("version", sub.get("version"), "comment", "Cite the article."));
        // A real edit (an unchanged save is no edit and writes no event).
        Map<String, Object> edited = rate(author, id, "DP-BASE", rating(3, number(returned.get("version"))));
        Map<String, Object> again = act(author, id, "DP-BASE", "submit", version(edited));
        act(desk, id, "DP-BASE", "approve", version(again));
        act(devcoop, id, "DP-BASE", "comments", Map.of("comment", "Looks fine from the capacity side."));

        Map<String, Object> page = Api.send(client, HttpRequest.GET("/api/audit?entity=assessment&entityId=" + id + "/DP-BASE&size=50")
                .header(TestAuth.HEADER, TestAuth.as("admin." + run, "ADMIN")));
        List<Map<String, Object>> events = (List<Map<String, Object>>) page.getOrDefault("content", page.get("items"));
        assertThat(events).extracting(e -> e.get("action"))
                .contains("RATE", "SUBMIT_RATING", "RETURN_RATING", "UPDATE_RATING", "APPROVE_RATING", "COMMENT_RATING");
        Map<String, Object> ret = events.stream().filter(e -> "RETURN_RATING".equals(e.get("action"))).findFirst().orElseThrow();
        assertThat(ret).containsEntry("actor", "desk." + run);
        Map<String, Object> changes = (Map<String, Object>) ret.get("changes");
        assertThat((Map<String, Object>) changes.get("reviewState")).containsEntry("old", "SUBMITTED").containsEntry("value", "CHANGES_REQUESTED");
        assertThat((Map<String, Object>) changes.get("reviewComment")).containsEntry("value", "Cite the article.");
        Map<String, Object> approve = events.stream().filter(e -> "APPROVE_RATING".equals(e.get("action"))).findFirst().orElseThrow();
        Map<String, Object> approveChanges = (Map<String, Object>) approve.get("changes");
        assertThat((Map<String, Object>) approveChanges.get("reviewState")).containsEntry("old", "SUBMITTED").containsEntry("value", "APPROVED");
        assertThat((Map<String, Object>) approveChanges.get("reviewComment")).containsEntry("old", "Cite the article.");
        assertThat(approveChanges).containsKey("approved");
    }
}

package de.bund.partnerschaftsmonitor.criterion;

import de.bund.partnerschaftsmonitor.shared.web.Messages;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Publishing rule: every text of the catalogue (criteria, groups, profile rationales, gating rules) is there in German and in English. */
final class CatalogTexts {

    private CatalogTexts() {
    }

    static List<FieldError> missingForPublishing(Catalog draft) {
        return missingForPublishing(draft, null);
    }

    /**
     * One error per missing text, named by its place in the catalogue (e.g. {@code criteria.DP-BASE.scaleDe[2]}).
     * {@code base} is the version the draft was copied from: a legal reference's gist it already had without German
     * does not hold up publishing; a new or changed one does, and so does one whose German gist the draft dropped.
     */
    static List<FieldError> missingForPublishing(Catalog draft, Catalog base) {
        List<FieldError> errors = new ArrayList<>();
        for (Catalog.CriterionView c : draft.active()) {
            String at = "criteria." + c.id() + ".";
            List<LegalReference> before = base == null ? List.of()
                    : base.criteria().stream().filter(b -> b.id().equals(c.id())).findFirst().map(Catalog.CriterionView::legalReferences).orElse(List.of());
            for (int i = 0; i < c.legalReferences().size(); i++) {
                LegalReference r = c.legalReferences().get(i);
                String ref = at + "legalReferences[" + i + "].";
                if (present(r.gistDe())) {
                    require(errors, ref + "gist", r.gist(), "catalog.publish.gistEn.required");
                } else if (present(r.gist()) && before.stream().noneMatch(b -> sameGist(b, r) && !present(b.gistDe()))) {
                    require(errors, ref + "gistDe", r.gistDe(), "catalog.publish.gistDe.required");
                }
            }
            require(errors, at + "nameEn", c.nameEn(), "catalog.publish.nameEn.required");
            require(errors, at + "nameDe", c.nameDe(), "catalog.publish.nameDe.required");
            require(errors, at + "questionEn", c.questionEn(), "catalog.publish.questionEn.required");
            require(errors, at + "questionDe", c.questionDe(), "catalog.publish.questionDe.required");
            for (int level = 0; level < 4; level++) {
                require(errors, at + "scaleEn[" + level + "]", c.scaleEn().get(level), "catalog.publish.scaleEn.required", level);
                require(errors, at + "scaleDe[" + level + "]", c.scaleDe().get(level), "catalog.publish.scaleDe.required", level);
            }
        }
        for (Catalog.ProfileView p : draft.profiles()) {
            // A rationale is optional, but once given it is given in both languages.
            if (present(p.rationale()) || present(p.rationaleDe())) {
                require(errors, "profiles." + p.code() + ".rationale", p.rationale(), "catalog.publish.rationaleEn.required");
                require(errors, "profiles." + p.code() + ".rationaleDe", p.rationaleDe(), "catalog.publish.rationaleDe.required");
            }
        }
        for (Catalog.GatingRule g : draft.gatingRules()) {
            require(errors, "gatingRules." + g.code() + ".descriptionDe", g.descriptionDe(), "catalog.publish.gatingRuleDe.required");
        }
        for (Catalog.GroupView g : draft.groups()) {
            if (!g.criterionIds().isEmpty()) {
                require(errors, "groups." + g.code() + ".nameEn", g.nameEn(), "catalog.publish.groupNameEn.required");
                require(errors, "groups." + g.code() + ".nameDe", g.nameDe(), "catalog.publish.groupNameDe.required");
            }
        }
        return errors;
    }

    private static boolean sameGist(LegalReference a, LegalReference b) {
        return Objects.equals(a.instrument(), b.instrument()) && Objects.equals(a.provision(), b.provision()) && Objects.equals(a.gist(), b.gist());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A missing text is a field error with its code, its message in the request's language. */
    private static void require(List<FieldError> errors, String field, String text, String code, Object... args) {
        if (!present(text)) {
            errors.add(new FieldError(field, code, Messages.text(code, args)));
        }
    }
}

package de.bund.partnerschaftsmonitor.criterion;

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
     * (version 1's references were written in English only) does not hold up publishing; a new or changed one does.
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
                    require(errors, ref + "gist", r.gist(), "An English gist is required for publishing.");
                } else if (present(r.gist()) && before.stream().noneMatch(b -> sameGist(b, r))) {
                    require(errors, ref + "gistDe", r.gistDe(), "A German gist is required for publishing.");
                }
            }
            require(errors, at + "nameEn", c.nameEn(), "An English name is required for publishing.");
            require(errors, at + "nameDe", c.nameDe(), "A German name is required for publishing.");
            require(errors, at + "questionEn", c.questionEn(), "An English question is required for publishing.");
            require(errors, at + "questionDe", c.questionDe(), "A German question is required for publishing.");
            for (int level = 0; level < 4; level++) {
                require(errors, at + "scaleEn[" + level + "]", c.scaleEn().get(level), "An English description of level " + level + " is required for publishing.");
                require(errors, at + "scaleDe[" + level + "]", c.scaleDe().get(level), "A German description of level " + level + " is required for publishing.");
            }
        }
        for (Catalog.ProfileView p : draft.profiles()) {
            // A rationale is optional, but once given it is given in both languages.
            if (present(p.rationale()) || present(p.rationaleDe())) {
                require(errors, "profiles." + p.code() + ".rationale", p.rationale(), "An English rationale is required for publishing.");
                require(errors, "profiles." + p.code() + ".rationaleDe", p.rationaleDe(), "A German rationale is required for publishing.");
            }
        }
        for (Catalog.GatingRule g : draft.gatingRules()) {
            require(errors, "gatingRules." + g.code() + ".descriptionDe", g.descriptionDe(), "A German description is required for publishing.");
        }
        for (Catalog.GroupView g : draft.groups()) {
            if (!g.criterionIds().isEmpty()) {
                require(errors, "groups." + g.code() + ".nameEn", g.nameEn(), "An English group name is required for publishing.");
                require(errors, "groups." + g.code() + ".nameDe", g.nameDe(), "A German group name is required for publishing.");
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

    private static void require(List<FieldError> errors, String field, String text, String message) {
        if (!present(text)) {
            errors.add(new FieldError(field, message));
        }
    }
}

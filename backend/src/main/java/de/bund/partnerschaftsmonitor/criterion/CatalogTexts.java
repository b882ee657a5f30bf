package de.bund.partnerschaftsmonitor.criterion;

import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Publishing rule: every text of the catalogue (criteria, groups, profile rationales, gating rules) is there in German and in English. */
final class CatalogTexts {

    private CatalogTexts() {
    }

    /** One error per missing text, named by its place in the catalogue (e.g. {@code criteria.DP-BASE.scaleDe[2]}). */
    static List<FieldError> missingForPublishing(Catalog draft) {
        List<FieldError> errors = new ArrayList<>();
        for (Catalog.CriterionView c : draft.active()) {
            String at = "criteria." + c.id() + ".";
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

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void require(List<FieldError> errors, String field, String text, String message) {
        if (!present(text)) {
            errors.add(new FieldError(field, message));
        }
    }
}

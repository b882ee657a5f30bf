package de.bund.partnerschaftsmonitor.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A document with its structure in reading order. */
@Serdeable
@Schema(name = "DocumentDetail")
public record DocumentDetail(DocumentSummary document, List<UnitView> units) {

    @Serdeable
    @Schema(name = "DocumentUnit")
    public record UnitView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "art_7__para_2") String anchor,
            @Nullable String parentAnchor,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"PREAMBLE", "ARTICLE", "PARAGRAPH", "ANNEX", "TEXT"}) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Art. 7 Abs. 2") String label,
            @Nullable String heading,
            String text) {

        static UnitView from(StructureParser.Unit u) {
            return new UnitView(u.anchor(), u.parentAnchor(), u.kind(), u.label(), u.heading(), u.text());
        }
    }
}

package de.bund.partnerschaftsmonitor.agreement;

import de.bund.partnerschaftsmonitor.shared.export.Bilingual;
import de.bund.partnerschaftsmonitor.shared.export.Column;
import de.bund.partnerschaftsmonitor.shared.export.ExportTable;

/**
 * The instruments list as a file. Headings are the screen's field labels ({@code field.agreement.<apiField>}), so the
 * bulk import can read its own exports back in either language.
 */
final class AgreementExports {

    static final ExportTable<AgreementListItem> LIST = ExportTable.of("agreements",
            Column.number("field.agreement.id", r -> r.id()),
            Column.text("field.agreement.countryIso2", r -> new Bilingual(r.countryNameDe(), r.countryNameEn())),
            Column.text("field.agreement.type", r -> r.type()),
            Column.text("field.agreement.titleDe", r -> r.titleDe()),
            Column.text("field.agreement.titleEn", r -> r.titleEn()),
            Column.text("field.agreement.titleOriginal", r -> r.titleOriginal()),
            Column.text("field.agreement.partyLevel", r -> r.partyLevel()),
            Column.text("field.agreement.status", r -> r.status()),
            Column.date("field.agreement.dateSigned", r -> r.dateSigned()),
            Column.date("field.agreement.dateInForce", r -> r.dateInForce()),
            Column.date("field.agreement.plannedDate", r -> r.plannedDate()),
            Column.text("field.agreement.leadMinistry", r -> r.leadMinistry()),
            Column.text("field.agreement.components", r -> r.components()),
            Column.text("field.agreement.archived", r -> r.archived()),
            Column.dateTime("field.agreement.updatedAt", r -> r.updatedAt()));

    private AgreementExports() {
    }
}

package de.bund.partnerschaftsmonitor.agreement;

import java.util.Locale;
import java.util.Map;

/**
 * The words the UI shows for an instrument's fields and values, in German and English (frontend/src/config/locales/
 * {de,en}.ts, sections {@code field}, {@code type}, {@code status}, {@code component}, {@code partyLevel};
 * AgreementWordsTest keeps both equal), for files that people read: the import's template and the open-data codebook.
 * Ministries are shown by their abbreviation, which is their word in both languages.
 */
public final class AgreementWords {

    private static final Map<String, String[]> FIELDS = Map.ofEntries(
            Map.entry("id", new String[] {"ID", "ID"}),
            Map.entry("version", new String[] {"Version", "Version"}),
            Map.entry("externalRef", new String[] {"Externe Referenz", "External reference"}),
            Map.entry("countryIso2", new String[] {"Partnerland", "Partner country"}),
            Map.entry("type", new String[] {"Art des Instruments", "Type of instrument"}),
            Map.entry("titleDe", new String[] {"Titel (deutsch)", "Title (German)"}),
            Map.entry("titleEn", new String[] {"Titel (englisch)", "Title (English)"}),
            Map.entry("titleOriginal", new String[] {"Titel (Originalsprache)", "Title (original language)"}),
            Map.entry("summaryDe", new String[] {"Zusammenfassung (deutsch)", "Summary (German)"}),
            Map.entry("summaryEn", new String[] {"Zusammenfassung (englisch)", "Summary (English)"}),
            Map.entry("partyLevel", new String[] {"Ebene der Vertragsparteien", "Level of the parties"}),
            Map.entry("partyState", new String[] {"Beteiligter Staat", "Participating state"}),
            Map.entry("leadMinistry", new String[] {"Federführendes Ressort", "Lead ministry"}),
            Map.entry("involvedMinistries", new String[] {"Beteiligte Ressorts", "Involved ministries"}),
            Map.entry("responsibleDesk", new String[] {"Zuständiges Referat", "Responsible desk"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("dateSigned", new String[] {"Unterzeichnet am", "Signed on"}),
            Map.entry("dateInForce", new String[] {"In Kraft seit", "In force since"}),
            Map.entry("dateEnd", new String[] {"Laufzeitende", "End of term"}),
            Map.entry("nextReviewDue", new String[] {"Nächste Überprüfung", "Next review"}),
            Map.entry("plannedDate", new String[] {"Geplanter Abschluss", "Planned conclusion"}),
            Map.entry("components", new String[] {"Komponenten", "Components"}),
            Map.entry("textPublic", new String[] {"Text veröffentlicht", "Text published"}),
            Map.entry("digitalDataClauses", new String[] {"Klauseln zu digitalen Daten", "Digital data clauses"}),
            Map.entry("predecessorId", new String[] {"Vorgängerinstrument (ID)", "Predecessor instrument (ID)"}),
            Map.entry("sourceField", new String[] {"Belegtes Feld", "Field it supports"}),
            Map.entry("sourceUrl", new String[] {"Adresse (URL)", "Address (URL)"}),
            Map.entry("sourceTitle", new String[] {"Bezeichnung der Quelle", "Name of the source"}),
            Map.entry("sourceAccessedOn", new String[] {"Abgerufen am", "Accessed on"}));

    private static final Map<Enum<?>, String[]> VALUES = Map.ofEntries(
            Map.entry(AgreementType.TREATY, new String[] {"Migrationsabkommen (Vertrag)", "Migration agreement (treaty)"}),
            Map.entry(AgreementType.MOU, new String[] {"Gemeinsame Absichtserklärung / MoU", "Memorandum of understanding (MoU)"}),
            Map.entry(AgreementType.WORKING_STRUCTURE, new String[] {"Bilaterale Arbeitsstruktur", "Bilateral working structure"}),
            Map.entry(AgreementStatus.PLANNED, new String[] {"Geplant", "Planned"}),
            Map.entry(AgreementStatus.NEGOTIATING, new String[] {"In Verhandlung", "Under negotiation"}),
            Map.entry(AgreementStatus.SIGNED, new String[] {"Unterzeichnet", "Signed"}),
            Map.entry(AgreementStatus.PROVISIONALLY_APPLIED, new String[] {"Vorläufig angewandt", "Provisionally applied"}),
            Map.entry(AgreementStatus.IN_FORCE, new String[] {"In Kraft", "In force"}),
            Map.entry(AgreementStatus.SUSPENDED, new String[] {"Ausgesetzt", "Suspended"}),
            Map.entry(AgreementStatus.EXPIRED, new String[] {"Ausgelaufen", "Expired"}),
            Map.entry(AgreementStatus.TERMINATED, new String[] {"Beendet", "Terminated"}),
            Map.entry(Component.RETURN_READMISSION, new String[] {"Rückführung/Rückübernahme", "Return/readmission"}),
            Map.entry(Component.SKILLED_LABOUR, new String[] {"Fachkräftemobilität", "Skilled labour mobility"}),
            Map.entry(Component.VISA_FACILITATION, new String[] {"Visaerleichterungen", "Visa facilitation"}),
            Map.entry(Component.QUALIFICATION_TRAINING, new String[] {"Qualifizierung und Ausbildung", "Qualification and training"}),
            Map.entry(Component.JOB_FAIRS_RECRUITMENT, new String[] {"Jobmessen/Anwerbung", "Job fairs/recruitment"}),
            Map.entry(Component.ECONOMIC_COOPERATION, new String[] {"Wirtschaftliche Zusammenarbeit", "Economic cooperation"}),
            Map.entry(Component.TECHNOLOGY_TRANSFER, new String[] {"Technologietransfer", "Technology transfer"}),
            Map.entry(Component.OTHER, new String[] {"Sonstiges", "Other"}),
            Map.entry(PartyLevel.DE_BILATERAL, new String[] {"Deutschland (bilateral)", "Germany (bilateral)"}),
            Map.entry(PartyLevel.EU, new String[] {"Europäische Union", "European Union"}),
            Map.entry(PartyLevel.OTHER_EUROPEAN_STATE, new String[] {"Anderer europäischer Staat", "Other European state"}));

    private AgreementWords() {
    }

    /** The UI's label of an instrument field ({@code dateInForce} → "In Kraft seit"). */
    public static String label(String field, Locale locale) {
        String[] words = FIELDS.get(field);
        if (words == null) {
            throw new IllegalArgumentException("No label for " + field);
        }
        return words[index(locale)];
    }

    /** The UI's word for a value; a ministry's abbreviation for a ministry. */
    public static String word(Enum<?> value, Locale locale) {
        String[] words = VALUES.get(value);
        return words == null ? value.name() : words[index(locale)];
    }

    private static int index(Locale locale) {
        return "en".equals(locale.getLanguage()) ? 1 : 0;
    }
}

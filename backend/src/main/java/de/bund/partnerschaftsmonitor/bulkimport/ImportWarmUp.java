package de.bund.partnerschaftsmonitor.bulkimport;

import de.bund.partnerschaftsmonitor.shared.warmup.WarmUp;
import jakarta.inject.Singleton;

import java.util.Locale;

/** Writes the import template as XLSX (POI's workbook) and reads it back as an upload is read (Tika's type check, POI). */
@Singleton
class ImportWarmUp implements WarmUp {

    @Override
    public String name() {
        return "XLSX import";
    }

    @Override
    public void run() {
        ImportFile.read("vorlage.xlsx", ImportTemplate.xlsx(Locale.GERMAN));
        ImportFile.read("vorlage.csv", ImportTemplate.csv(Locale.ENGLISH));
    }
}

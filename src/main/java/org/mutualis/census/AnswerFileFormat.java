package org.mutualis.census;

import java.util.Locale;

/** The spreadsheet formats of answer files; ODS is the public sector's standard (RGI). */
public enum AnswerFileFormat {
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet");

    private final String extension;
    private final String mediaType;

    AnswerFileFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of a file from its name's extension, in any case.
     *
     * @throws IllegalArgumentException with a French message fit for the user
     */
    public static AnswerFileFormat fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
        for (AnswerFileFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Le fichier « " + fileName
                + " » n'est pas dans un format accepté : utilisez un fichier .ods, .xlsx ou .csv.");
    }
}

package org.mutualis.spreadsheet;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** SAX handler of one worksheet part: {@code <row r>}, {@code <c r t>}, {@code <v>}, {@code <is><t>}. */
final class XlsxSheetHandler extends DefaultHandler {

    private final GridBuilder grid;
    private final ReadOnlySharedStringsTable strings;
    private final StringBuilder text = new StringBuilder();
    private int rowNumber;
    private int nextColumn;
    private String type = "n";
    private boolean inValue;
    private boolean inPhonetic;

    private final int maxChars;

    XlsxSheetHandler(GridBuilder grid, ReadOnlySharedStringsTable strings, int maxChars) {
        this.grid = grid;
        this.strings = strings;
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r.trim());
                nextColumn = 0;
                grid.row(rowNumber);
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                int column = ref == null ? nextColumn : column(ref);
                guard(() -> grid.cell("", Math.max(0, column - nextColumn)));
                nextColumn = Math.max(column, nextColumn);
                String t = attributes.getValue("t");
                type = t == null ? "n" : t;
                text.setLength(0);
            }
            case "v" -> inValue = true;
            case "t" -> inValue = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue && text.length() < maxChars) {
            text.append(ch, start, Math.min(length, maxChars - text.length()));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                String value = value(text.toString());
                guard(() -> grid.cell(value, 1));
                nextColumn++;
            }
            case "row" -> guard(() -> grid.endRow(1));
            default -> {}
        }
    }

    /**
     * The column (from 0) of a cell reference as sheets write it ({@code AB12}): its letters read
     * here, since POI's {@link CellReference} (any reference, sheet names, {@code $}) cost a tenth of
     * reading a large sheet; another form goes to it.
     */
    static int column(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && i < 4) {
            column = column * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == ref.length()) {
            return new CellReference(ref).getCol();
        }
        for (int j = i; j < ref.length(); j++) {
            if (ref.charAt(j) < '0' || ref.charAt(j) > '9') {
                return new CellReference(ref).getCol();
            }
        }
        return column - 1;
    }

    private String value(String raw) {
        return switch (type) {
            case "s" ->
                raw.isBlank()
                        ? ""
                        : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "inlineStr", "str", "e", "d" -> raw;
            case "b" -> "1".equals(raw.trim()) ? "oui" : "non";
            default -> raw.isBlank() ? "" : Numbers.fromStored(raw);
        };
    }

    private interface Step {
        void run() throws SpreadsheetException;
    }

    /** Carries a limit error through SAX, which only lets SAXException out. */
    private static void guard(Step step) throws SAXException {
        try {
            step.run();
        } catch (SpreadsheetException e) {
            throw new SAXException(e);
        }
    }
}

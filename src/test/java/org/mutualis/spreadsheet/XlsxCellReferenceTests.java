package org.mutualis.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** A cell's column read from its reference as POI reads it, without POI for the usual form. */
class XlsxCellReferenceTests {

    @Test
    void everyColumnOfASheetIsReadAsPoiReadsIt() {
        for (int column = 0; column <= 16383; column++) {
            String ref = CellReference.convertNumToColString(column) + (column % 1000 + 1);
            assertThat(XlsxSheetHandler.column(ref)).as(ref).isEqualTo(column);
        }
        assertThat(XlsxSheetHandler.column("XFD1048576")).isEqualTo(16383);
    }

    @Test
    void anotherFormOfReferenceIsLeftToPoi() {
        assertThat(XlsxSheetHandler.column("$C$7")).isEqualTo(new CellReference("$C$7").getCol());
        assertThat(XlsxSheetHandler.column("c7")).isEqualTo(new CellReference("c7").getCol());
    }
}

package org.mutualis.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ODS writer leaves the caller's stream open, and a large content reads back whole. */
class OdsWriterStreamTests {

    @Test
    void theCallersStreamStaysOpenForWhatFollows() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        OdsGridWriter.write(out, List.of(new SheetContent("Feuille", List.of(List.of(GridCell.text("a"))))));
        int first = bytes.size();
        out.write('!');

        assertThat(closed[0]).isFalse();
        assertThat(bytes.size()).isEqualTo(first + 1);
        SheetGrid read =
                OdsGridReader.read(new ByteArrayInputStream(bytes.toByteArray(), 0, first), GridLimits.defaults());
        assertThat(read.rows().get(0).cells()).containsExactly("a");
    }

    @Test
    void aContentLargerThanTheBufferReadsBackWhole() throws Exception {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(GridCell.text("n"), GridCell.text("texte")));
        for (int i = 1; i <= 5_000; i++) {
            rows.add(List.of(GridCell.number(BigDecimal.valueOf(i)), GridCell.text("é".repeat(i % 50) + "x")));
        }
        rows.add(List.of(GridCell.number(BigDecimal.ZERO), GridCell.text("ü".repeat(30_000))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OdsGridWriter.write(out, List.of(new SheetContent("Grande", rows)));

        SheetGrid read = OdsGridReader.read(
                new ByteArrayInputStream(out.toByteArray()),
                GridLimits.defaults().withMaxCells(20_000));
        assertThat(read.rows()).hasSize(5_002);
        assertThat(read.rows().get(4_999).cells()).containsExactly("4999", "é".repeat(4_999 % 50) + "x");
        assertThat(read.rows().get(5_001).cell(1)).isEqualTo("ü".repeat(30_000));
    }
}

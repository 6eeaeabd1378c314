package org.mutualis.census.spreadsheet;

import java.util.List;

/** A sheet to write: its name and its rows of cells, the header included. */
public record SheetContent(String name, List<List<GridCell>> rows) {

    public SheetContent {
        rows = rows.stream().map(List::copyOf).toList();
    }
}

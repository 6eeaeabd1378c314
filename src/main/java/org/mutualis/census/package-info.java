@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "spreadsheet",
            "territory",
            "identity",
            "questionnaire",
            "questionnaire :: domain"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.census;

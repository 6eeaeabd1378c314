/**
 * The Morlaix 2012 demo: the study's territory, its Infrastructure & Réseaux census with the
 * answers of the 8 respondents and the study's exclusion, documented demo accounts, and the
 * study's offers, scenarios and planned procurements 2012–2015 with an invented hardware award, the
 * study's programme, a service centre whose activity is invented and its invented 2015 conventions
 * (stage 4, choice 2: by subscription, compared with a D5211-16 mise à disposition). Loaded
 * once, on the first start with {@code mutualis.demo.enabled=true} (Spring profile {@code demo}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "spreadsheet",
            "territory",
            "identity",
            "questionnaire",
            "census",
            "analysis",
            "savings",
            "savings :: domain",
            "procurement",
            "procurement :: domain",
            "assessment",
            "assessment :: domain",
            "programme",
            "programme :: domain",
            "servicedesk",
            "servicedesk :: domain",
            "servicedesk :: sla",
            "servicefinance",
            "servicefinance :: domain",
            "servicefinance :: costs",
            "inventory"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.demo;

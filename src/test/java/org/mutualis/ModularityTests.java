package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The modules and their allowed dependencies hold (Spring Modulith verification). */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MutualisApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theAnalysisCoreDependsOnNoOtherBusinessModule() {
        ApplicationModule analysis = modules.getModuleByName("analysis").orElseThrow();
        assertThat(analysis.getDirectDependencies(modules).stream()
                        .map(d -> d.getTargetModule().getIdentifier().toString()))
                .allMatch(name -> name.equals("shared")
                        || name.equals("census")
                        || name.equals("questionnaire")
                        || name.equals("territory")
                        || name.equals("identity"));
    }
}

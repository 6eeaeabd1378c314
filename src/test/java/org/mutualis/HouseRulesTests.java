package org.mutualis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house rules of docs/architecture.md, checked on the compiled main classes. */
class HouseRulesTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mutualis");

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void theComputingCoreKnowsNoSpringAndNoSql() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.mutualis.analysis", "org.mutualis.analysis.internal", "org.mutualis.procurement")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(MAIN);
    }

    @Test
    void moneyAndCountsAreNeverFloatingPointInTheCore() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.mutualis.analysis", "org.mutualis.analysis.internal", "org.mutualis.procurement")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Double")
                .check(MAIN);
    }
}

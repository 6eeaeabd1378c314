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
    void storesLiveInTheirModulesPersistencePackage() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should()
                .resideInAPackage("org.mutualis.*.persistence")
                .andShould()
                .haveSimpleNameEndingWith("Store")
                .check(MAIN);
    }

    @Test
    void controllersLiveInTheirModulesWebPackage() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .resideInAnyPackage("org.mutualis.*.web", "org.mutualis.portal")
                .check(MAIN);
    }

    @Test
    void oneWayToFailEveryModuleThrowsTheSharedVocabulary() {
        classes()
                .that()
                .resideInAPackage("org.mutualis..")
                .and()
                .areAssignableTo(RuntimeException.class)
                // a broken official data file is the server's fault, not the reader's: a 500 is right
                .and()
                .doNotHaveSimpleName("OfficialDataException")
                // the command line answers in French on stderr and knows no HTTP status
                .and()
                .resideOutsideOfPackage("org.mutualis..cli..")
                .should()
                .beAssignableTo(org.mutualis.shared.error.MutualisException.class)
                .because("a module's refusals extend shared.error's vocabulary, so the two portal handlers answer them")
                .check(MAIN);
    }

    @Test
    void errorsAreHandledOnlyByThePortal() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.web.bind.annotation.ControllerAdvice.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestControllerAdvice.class)
                .should()
                .resideInAPackage("org.mutualis.portal")
                .check(MAIN);
    }

    @Test
    void theComputingCoreKnowsNoSpringAndNoSql() {
        noClasses()
                .that()
                .resideInAPackage("org.mutualis.*.domain")
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
                .resideInAPackage("org.mutualis.*.domain")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Double")
                .check(MAIN);
    }
}
